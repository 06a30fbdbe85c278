import { HealthHttpTargets, parseWith, StaticScrapeTargets } from '@vigil/types';
import { z } from 'zod';


/** A variable holding JSON that `schema` checks; the variable itself is the root of its problems. */
function jsonEnv<T extends z.ZodType>(schema: T) {
  return z.string().transform((text, ctx): z.output<T> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
      return z.NEVER;
    }
    const parsed = parseWith(schema, value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.problems.map((p) => `${p.field === 'body' ? '(root)' : p.field}: ${p.problem}`).join('; ') });
      return z.NEVER;
    }
    return parsed.value as z.output<T>;
  });
}

/** A Kubernetes namespace name: an RFC 1123 label. */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().positive();

/** A PostgreSQL connection URL; anything else stops boot naming DATABASE_URL. */
const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a postgres:// or postgresql:// URL with a host' },
);

const redisUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'redis:' || url.protocol === 'rediss:';
    } catch {
      return false;
    }
  },
  { message: 'must be a redis:// or rediss:// URL' },
);

/** An http(s) URL without credentials in it (a secret goes in its own variable). */
const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  },
  { message: 'must be an http:// or https:// URL without credentials' },
);

/** Empty strings count as unset, as a shell `FOO=` usually means. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * Every environment variable the API reads. README.md's configuration table lists
 * the same names and defaults; keep the two together.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3001),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INSTANCE_ID: optional(z.string().min(1).max(128)),
  // The build this process runs, as the image stamps it; shown by /api/v2/status.
  VIGIL_REVISION: optional(z.string().min(1).max(128)),
  VIGIL_BRANCH: optional(z.string().min(1).max(128)),
  CORS_ORIGINS: z.string().default('http://localhost:3000'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  // A client gets this long to send its headers, and this long for the whole request.
  HTTP_HEADERS_TIMEOUT_MS: positiveMs.default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: positiveMs.default(30_000),
  // Idle keep-alive connections: above the 60 s idle timeout of common load balancers, as Fastify's default.
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveMs.default(72_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1_024),
  // Levels of arrays and objects a JSON body may nest; deeper ones get 400 before they are parsed.
  HTTP_MAX_BODY_DEPTH: z.coerce.number().int().min(1).max(256).default(32),

  DATABASE_URL: optional(postgresUrl),
  DATA_DIR: optional(z.string().min(1)),
  EMBEDDED_DB_PORT: port.default(0),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveMs.default(15_000),
  DB_CONNECT_TIMEOUT_MS: positiveMs.default(5_000),

  REDIS_URL: optional(redisUrl),
  REDIS_CONNECT_TIMEOUT_MS: positiveMs.default(2_000),
  REDIS_COMMAND_TIMEOUT_MS: positiveMs.default(1_000),
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(10_000),

  HEALTH_CHECK_TIMEOUT_MS: positiveMs.default(2_000),
  HEALTH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(5_000),
  // Health history: each instance records every component per tick; the leader prunes.
  HEALTH_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
  HEALTH_RETENTION_DAYS: z.coerce.number().positive().default(30),
  HEALTH_PRUNE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  HEALTH_DISK_MAX_USED_PERCENT: z.coerce.number().min(1).max(100).default(90),
  HEALTH_HEAP_MAX_USED_PERCENT: z.coerce.number().min(1).max(100).default(90),
  HEALTH_RSS_MAX_MB: z.coerce.number().int().min(16).default(1_024),
  HEALTH_EVENT_LOOP_MAX_DELAY_MS: z.coerce.number().int().min(1).default(200),
  // JSON array of { name, url, expectedStatus?, timeoutMs?, critical? }.
  HEALTH_HTTP_TARGETS: optional(jsonEnv(HealthHttpTargets)),

  // Capped at an hour: longer CPU profiles grow past what DevTools opens comfortably.
  PROFILER_MAX_DURATION_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  PROFILER_MAX_ARTIFACT_BYTES: z.coerce.number().int().min(1024).default(512 * 1024 * 1024),
  PROFILER_MAX_ARTIFACTS: z.coerce.number().int().min(1).default(20),
  PROFILER_RETENTION_HOURS: z.coerce.number().int().min(1).default(72),
  PROFILER_PRUNE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(600_000),
  PROFILER_LEAK_WINDOW_MINUTES: z.coerce.number().int().min(2).max(1_440).default(30),
  PROFILER_LEAK_THRESHOLD_BYTES_PER_MINUTE: z.coerce.number().int().min(1).default(1024 * 1024),

  // Alerting: evaluation and notification planning on the leader, delivery on every instance.
  ALERT_EVAL_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
  ALERT_DELIVERY_INTERVAL_MS: z.coerce.number().int().min(500).default(5_000),
  ALERT_DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  ALERT_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  ALERT_DELIVERY_BACKOFF_BASE_MS: z.coerce.number().int().min(100).default(10_000),
  ALERT_DELIVERY_BACKOFF_MAX_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  ALERT_DELIVERY_BATCH: z.coerce.number().int().min(1).max(1_000).default(50),
  // Alertmanager's route timing, with its defaults; ALERT_GROUP_BY is comma-separated labels.
  ALERT_GROUP_BY: z.string().default('alertname'),
  ALERT_GROUP_WAIT_MS: z.coerce.number().int().min(0).default(30_000),
  ALERT_GROUP_INTERVAL_MS: z.coerce.number().int().min(0).default(300_000),
  ALERT_REPEAT_INTERVAL_MS: z.coerce.number().int().min(60_000).default(14_400_000),
  // Posted alerts without endsAt resolve this long after they were last posted.
  ALERT_RESOLVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(300_000),
  ALERT_MAX_RULES: z.coerce.number().int().min(1).max(100_000).default(5_000),
  ALERT_MAX_ALERTS_PER_RULE: z.coerce.number().int().min(1).max(10_000).default(100),
  ALERT_MAX_POSTED_ALERTS: z.coerce.number().int().min(1).max(10_000).default(1_000),
  ALERT_RETENTION_DAYS: z.coerce.number().positive().default(30),
  // The HPA's --horizontal-pod-autoscaler-sync-period.
  SCALING_SYNC_PERIOD_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  SCALING_EVENTS_RETENTION_DAYS: z.coerce.number().positive().default(30),
  // What applies a decision of a service with auto-scaling on; none: decisions are recorded only.
  SCALING_EXECUTOR: z.enum(['none', 'kubernetes', 'webhook']).default('none'),
  SCALING_DRY_RUN: z.stringbool().default(false),
  SCALING_EXECUTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  SCALING_WEBHOOK_URL: optional(httpUrl),
  SCALING_WEBHOOK_SECRET: optional(z.string().min(1)),
  // kubectl's list of kubeconfig files; unset, ~/.kube/config or the pod's service account.
  KUBECONFIG: optional(z.string().min(1)),
  ALERT_PRUNE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  ALERT_SEED_DEFAULT_RULES: z.stringbool().default(true),

  // false: no timers; jobs run only when called (tests drive them by hand).
  SCHEDULED_JOBS_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),

  // Metrics history: one snapshot per instance per tick, rollups and pruning on the leader.
  COLLECT_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
  ROLLUP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  RETENTION_RAW_HOURS: z.coerce.number().positive().default(24),
  RETENTION_1M_DAYS: z.coerce.number().positive().default(7),
  RETENTION_5M_DAYS: z.coerce.number().positive().default(30),
  RETENTION_1H_DAYS: z.coerce.number().positive().default(400),
  // 0 keeps daily rollups forever.
  RETENTION_1D_DAYS: z.coerce.number().min(0).default(0),
  CUSTOM_METRICS_MAX_BATCH: z.coerce.number().int().min(1).max(100_000).default(1_000),
  CUSTOM_METRICS_MAX_LABELS: z.coerce.number().int().min(0).max(64).default(10),
  CUSTOM_METRICS_MAX_LABEL_VALUE_LENGTH: z.coerce.number().int().min(1).max(4_096).default(128),
  CUSTOM_METRICS_MAX_SERIES_PER_METRIC: z.coerce.number().int().min(1).default(1_000),
  // Each new name is a metric in the registry and a scrape section: names are capped as series are.
  CUSTOM_METRICS_MAX_NAMES: z.coerce.number().int().min(1).max(100_000).default(500),
  // Names a pushed sample or a rule's query may use; the contract's own bound is 200.
  METRIC_NAME_MAX_LENGTH: z.coerce.number().int().min(16).max(200).default(200),
  METRICS_QUERY_MAX_POINTS: z.coerce.number().int().min(10).default(11_000),
  METRICS_QUERY_MAX_SERIES: z.coerce.number().int().min(1).default(500),

  // Scraping. SCRAPE_TARGETS: JSON array of { service, url, instance?, labels?, scrapeInterval?, scrapeTimeout?, sampleLimit?, bearerToken? }.
  SCRAPE_TARGETS: optional(jsonEnv(StaticScrapeTargets)),
  // Agents bear this token on heartbeats, and the server bears it on their /metrics and control endpoints.
  AGENT_TOKEN: optional(z.string().min(16)),
  // A body past this fails the scrape: one target must not be able to exhaust the server's memory.
  SCRAPE_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(256 * 1024 * 1024).default(10 * 1024 * 1024),
  SCRAPE_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  // How often each instance looks for due targets; a scrape starts at most this late.
  SCRAPE_TICK_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  // An agent's target is forgotten this long after its last heartbeat (a scaled-down pod does not stay down forever).
  AGENT_TARGET_TTL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  // Kubernetes pod discovery (Prometheus' kubernetes_sd_configs role pod, prometheus.io/* annotations), with KUBECONFIG.
  KUBERNETES_DISCOVERY: z.enum(['off', 'on']).default('off'),
  // Comma-separated namespaces to list pods in; empty: all namespaces.
  KUBERNETES_NAMESPACES: z
    .string()
    .default('')
    .transform((value) => [...new Set(value.split(',').map((n) => n.trim()).filter((n) => n !== ''))])
    .refine((names) => names.every((n) => NAMESPACE.test(n)), { message: 'must be a comma-separated list of namespace names (lowercase DNS labels)' }),
  // A label selector in Kubernetes' syntax (app.kubernetes.io/part-of=shop,tier!=db), applied by the API server; empty: every pod.
  KUBERNETES_LABEL_SELECTOR: z.string().max(1_024).default(''),
  KUBERNETES_DISCOVERY_INTERVAL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  // Bound on each list call to the Kubernetes API; never above the interval.
  KUBERNETES_DISCOVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),

  // Live metrics. A short scrape token is guessable, so boot refuses one.
  METRICS_TOKEN: optional(z.string().min(16)),
  METRICS_HTTP_ENABLED: z.stringbool().default(true),
  METRICS_SLOW_QUERY_MS: z.coerce.number().int().min(0).default(200),
  METRICS_SLOW_QUERY_TOP: z.coerce.number().int().min(1).max(1_000).default(50),
  // Each path is reported as the mount holding it; a handful keeps the series bounded.
  METRICS_DISK_PATHS: optional(
    z
      .string()
      .transform((value) => value.split(',').map((p) => p.trim()).filter((p) => p !== ''))
      .refine((paths) => paths.length <= 8, { message: 'at most 8 paths' })
      .refine((paths) => paths.every((p) => p.startsWith('/')), { message: 'paths must be absolute' }),
  ),
}).refine((env) => env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS, {
  // Node's own rule: the headers are part of the request.
  message: 'must not be above HTTP_REQUEST_TIMEOUT_MS',
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
}).refine((env) => env.SCALING_EXECUTOR !== 'webhook' || env.SCALING_WEBHOOK_URL !== undefined, {
  message: 'is required when SCALING_EXECUTOR is webhook',
  path: ['SCALING_WEBHOOK_URL'],
}).refine((env) => env.KUBERNETES_DISCOVERY_TIMEOUT_MS <= env.KUBERNETES_DISCOVERY_INTERVAL_MS, {
  message: 'must not be above KUBERNETES_DISCOVERY_INTERVAL_MS',
  path: ['KUBERNETES_DISCOVERY_TIMEOUT_MS'],
});

export type Env = z.infer<typeof envSchema>;
