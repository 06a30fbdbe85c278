import type { Registry } from 'prom-client';
import { MetricFactory } from '../../common/metrics/metric-factory.js';

const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DB_DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const CACHE_DURATION_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

function systemMetrics(f: MetricFactory) {
  const mount = ['mount'] as const;
  const iface = ['interface'] as const;
  return {
    cpu: f.gauge({
      name: 'vigil_system_cpu_utilisation_ratio',
      help: 'Share of CPU time not idle, all cores, over the last window of at least a second (0-1).',
    }),
    cpuCore: f.gauge({
      name: 'vigil_system_cpu_core_utilisation_ratio',
      help: 'Share of CPU time not idle per core, over the last window of at least a second (0-1).',
      labelNames: ['cpu'] as const,
    }),
    load1: f.gauge({ name: 'vigil_system_load1', help: '1-minute load average.' }),
    load5: f.gauge({ name: 'vigil_system_load5', help: '5-minute load average.' }),
    load15: f.gauge({ name: 'vigil_system_load15', help: '15-minute load average.' }),
    memoryTotal: f.gauge({ name: 'vigil_system_memory_total_bytes', help: 'Physical memory of the host.' }),
    memoryUsed: f.gauge({ name: 'vigil_system_memory_used_bytes', help: 'Memory in use: total minus available.' }),
    // Ratios too, so alert rules and dashboards compare one series with a threshold.
    memoryUtilisation: f.gauge({
      name: 'vigil_system_memory_utilisation_ratio',
      help: 'Memory in use as a share of physical memory (0-1).',
    }),
    diskUtilisation: f.gauge({
      name: 'vigil_system_disk_utilisation_ratio',
      help: 'Used space as a share of used plus space still writable, per mount (0-1), as df reports it.',
      labelNames: mount,
    }),
    diskSize: f.gauge({ name: 'vigil_system_disk_size_bytes', help: 'Filesystem size per mount.', labelNames: mount }),
    diskUsed: f.gauge({ name: 'vigil_system_disk_used_bytes', help: 'Used space per mount.', labelNames: mount }),
    diskFree: f.gauge({
      name: 'vigil_system_disk_free_bytes',
      help: 'Space unprivileged processes may still write, per mount.',
      labelNames: mount,
    }),
    networkReceived: f.counter({
      name: 'vigil_system_network_receive_bytes_total',
      help: 'Bytes received per interface since it came up.',
      labelNames: iface,
    }),
    networkTransmitted: f.counter({
      name: 'vigil_system_network_transmit_bytes_total',
      help: 'Bytes sent per interface since it came up.',
      labelNames: iface,
    }),
    uptime: f.gauge({ name: 'vigil_system_uptime_seconds', help: 'Seconds since the host booted.' }),
  };
}

function processMetrics(f: MetricFactory) {
  return {
    eventLoopUtilisation: f.gauge({
      name: 'vigil_process_event_loop_utilisation_ratio',
      help: 'Share of time the event loop was busy, over the last window of at least a second (0-1).',
    }),
  };
}

/** Tallied by the HTTP hooks themselves (see ProvidedMetric), which read the buckets here. */
function httpMetrics(f: MetricFactory) {
  return {
    requests: f.provided({
      name: 'vigil_http_requests_total',
      help: 'Completed HTTP requests by method, route template and status class.',
      type: 'counter',
      labelNames: ['method', 'route', 'status_class'],
    }),
    duration: f.provided({
      name: 'vigil_http_request_duration_seconds',
      help: 'Time from request received to response sent, by method and route template.',
      type: 'histogram',
      labelNames: ['method', 'route'],
    }),
    durationBuckets: HTTP_DURATION_BUCKETS,
    inFlight: f.gauge({ name: 'vigil_http_requests_in_flight', help: 'Requests received and not yet answered.' }),
  };
}

function databaseMetrics(f: MetricFactory) {
  const operation = ['operation'] as const;
  return {
    queryDuration: f.histogram({
      name: 'vigil_db_query_duration_seconds',
      help: 'Duration of successful queries by statement kind.',
      labelNames: operation,
      buckets: DB_DURATION_BUCKETS,
    }),
    queryErrors: f.counter({
      name: 'vigil_db_query_errors_total',
      help: 'Failed queries by statement kind.',
      labelNames: operation,
    }),
    slowQueries: f.counter({
      name: 'vigil_db_slow_queries_total',
      help: 'Queries that took METRICS_SLOW_QUERY_MS or longer, by statement kind.',
      labelNames: operation,
    }),
    poolConnections: f.gauge({ name: 'vigil_db_pool_connections', help: 'Open connections in the pool, busy or idle.' }),
    poolIdle: f.gauge({ name: 'vigil_db_pool_idle_connections', help: 'Open connections waiting for a query.' }),
    poolWaiting: f.gauge({ name: 'vigil_db_pool_waiting_clients', help: 'Queries queued for a busy pool.' }),
    poolMax: f.gauge({ name: 'vigil_db_pool_max_connections', help: 'Pool size limit (DB_POOL_SIZE).' }),
  };
}

function cacheMetrics(f: MetricFactory) {
  const store = ['store'] as const;
  return {
    hits: f.counter({ name: 'vigil_cache_hits_total', help: 'Cache reads that found a value.', labelNames: store }),
    misses: f.counter({ name: 'vigil_cache_misses_total', help: 'Cache reads that found nothing.', labelNames: store }),
    errors: f.counter({ name: 'vigil_cache_errors_total', help: 'Cache commands that failed.', labelNames: store }),
    commandDuration: f.histogram({
      name: 'vigil_cache_command_duration_seconds',
      help: 'Cache command duration by command and outcome.',
      labelNames: ['command', 'outcome'] as const,
      buckets: CACHE_DURATION_BUCKETS,
    }),
  };
}

/**
 * Every metric Vigil adds to Node's default ones, declared in one place with its help,
 * labels and buckets. Collectors fill them in; docs/api.md lists them all.
 */
export class LiveMetrics {
  readonly system: ReturnType<typeof systemMetrics>;
  readonly process: ReturnType<typeof processMetrics>;
  readonly http: ReturnType<typeof httpMetrics>;
  readonly database: ReturnType<typeof databaseMetrics>;
  readonly cache: ReturnType<typeof cacheMetrics>;

  constructor(readonly registry: Registry) {
    const factory = new MetricFactory(registry);
    factory.ensureDefaultMetrics();
    this.system = systemMetrics(factory);
    this.process = processMetrics(factory);
    this.http = httpMetrics(factory);
    this.database = databaseMetrics(factory);
    this.cache = cacheMetrics(factory);
  }
}
