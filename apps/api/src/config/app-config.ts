import { hostname } from 'node:os';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import type { HealthHttpTarget, ScrapeTargetSpec } from '@vigil/types';
import { envSchema, type Env } from './env.schema.js';

/**
 * What applies a scaling decision. `none` records decisions only; the others act for a
 * service whose auto-scaling is on. In a dry run they are asked to check, not to change.
 */
export type ScalingExecutorConfig =
  | { kind: 'none' }
  | {
      kind: 'webhook';
      isDryRun: boolean;
      /** Bound on the POST. */
      timeoutMs: number;
      /** Secret: may carry a token; never logged or returned. */
      url: string;
      /** HMAC-SHA256 key of the `x-vigil-signature` header. Secret: never logged or returned. */
      secret: string | undefined;
    }
  | {
      kind: 'kubernetes';
      isDryRun: boolean;
      /** Bound on each call to the Kubernetes API. */
      timeoutMs: number;
      /** From KUBECONFIG, merged in order; empty: ~/.kube/config or the pod's service account. */
      kubeconfigPaths: string[];
    };

/** Pod discovery: the `kubernetes` targets, from pods annotated `prometheus.io/scrape: "true"`. */
export interface KubernetesDiscoveryConfig {
  isEnabled: boolean;
  /** Namespaces whose pods are listed; empty: all namespaces. */
  namespaces: string[];
  /** Passed to the pod lists as `labelSelector`; empty: none. */
  labelSelector: string;
  intervalMs: number;
  /** Bound on each call to the Kubernetes API. */
  timeoutMs: number;
  /** From KUBECONFIG, merged in order; empty: ~/.kube/config or the pod's service account. */
  kubeconfigPaths: string[];
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  instanceId: string;
  /** The build, when VIGIL_REVISION / VIGIL_BRANCH say it. */
  build: { revision: string | null; branch: string | null };
  http: {
    host: string;
    port: number;
    corsOrigins: string[];
    bodyLimitBytes: number;
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
    /** Levels of arrays and objects a JSON body may nest. */
    maxBodyDepth: number;
  };
  log: { level: string };
  database: {
    /** Unset: the API starts an embedded PostgreSQL (PGlite) itself. */
    url: string | undefined;
    dataDir: string;
    embeddedPort: number;
    poolSize: number;
    statementTimeoutMs: number;
    connectTimeoutMs: number;
  };
  cache: {
    /** Unset: an in-process LRU. Marked secret: it may carry a password. */
    redisUrl: string | undefined;
    connectTimeoutMs: number;
    commandTimeoutMs: number;
    maxEntries: number;
  };
  health: {
    checkTimeoutMs: number;
    cacheTtlMs: number;
    shutdownDrainMs: number;
    intervalMs: number;
    retentionMs: number;
    pruneIntervalMs: number;
    /** From HEALTH_HTTP_TARGETS; the `health.httpTargets` setting adds more at run time. */
    httpTargets: HealthHttpTarget[];
    thresholds: { diskUsedPercent: number; heapUsedPercent: number; rssBytes: number; eventLoopDelayMs: number };
  };
  jobs: { enabled: boolean };
  history: {
    collectIntervalMs: number;
    rollupIntervalMs: number;
    /** Milliseconds per stored resolution; 0 keeps forever. */
    retentionMs: { raw: number; '1m': number; '5m': number; '1h': number; '1d': number };
    maxQueryPoints: number;
    maxQuerySeries: number;
    /** Longest metric name a pushed sample or a rule's query may use. */
    maxMetricNameLength: number;
  };
  customMetrics: {
    maxBatch: number;
    maxLabels: number;
    maxLabelValueLength: number;
    maxSeriesPerMetric: number;
    /** Distinct custom metric names this instance accepts. */
    maxNames: number;
  };
  metrics: {
    /** Bearer token `GET /metrics` requires; unset leaves it open. Secret: never logged or returned. */
    token: string | undefined;
    isHttpInstrumented: boolean;
    slowQueryMs: number;
    slowQueryTop: number;
    /** Paths whose filesystems are reported; defaults to `/` and the data directory. */
    diskPaths: string[];
  };
  alerts: {
    evalIntervalMs: number;
    delivery: {
      intervalMs: number;
      timeoutMs: number;
      maxAttempts: number;
      backoffBaseMs: number;
      backoffMaxMs: number;
      batch: number;
    };
    /** Alertmanager's route: labels that group notifications and its three timers. */
    grouping: { by: string[]; waitMs: number; intervalMs: number; repeatIntervalMs: number };
    resolveTimeoutMs: number;
    maxRules: number;
    maxAlertsPerRule: number;
    maxPostedAlerts: number;
    retentionMs: number;
    pruneIntervalMs: number;
    isSeedingDefaultRules: boolean;
  };
  targets: {
    /** From SCRAPE_TARGETS: kept in step with the `static` targets at boot. */
    static: ScrapeTargetSpec[];
    agentToken: string | undefined;
    maxBodyBytes: number;
    concurrency: number;
    tickMs: number;
    agentTtlMs: number;
    kubernetes: KubernetesDiscoveryConfig;
  };
  scaling: {
    syncPeriodMs: number;
    /** Decision log kept; recommendations are kept only as long as a stabilization window needs them. */
    eventsRetentionMs: number;
    executor: ScalingExecutorConfig;
  };
  profiler: {
    /** `DATA_DIR/profiles`: artifacts are local files of the instance that made them. */
    artifactDir: string;
    maxDurationMs: number;
    maxArtifactBytes: number;
    maxArtifacts: number;
    retentionMs: number;
    pruneIntervalMs: number;
    leakWindowMs: number;
    leakThresholdBytesPerMinute: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Thrown when the environment does not validate; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Walks up from `start` to the monorepo root (the folder holding turbo.json). */
function findRepoRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const cwd = process.cwd();
  const dataDir = resolve(env.DATA_DIR ?? join(findRepoRoot(cwd) ?? cwd, '.data'));
  return {
    env: env.NODE_ENV,
    instanceId: env.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    build: { revision: env.VIGIL_REVISION ?? null, branch: env.VIGIL_BRANCH ?? null },
    http: {
      host: env.HOST,
      port: env.PORT,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
      maxBodyDepth: env.HTTP_MAX_BODY_DEPTH,
    },
    log: { level: env.LOG_LEVEL },
    database: {
      url: env.DATABASE_URL,
      dataDir,
      embeddedPort: env.EMBEDDED_DB_PORT,
      poolSize: env.DB_POOL_SIZE,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    },
    cache: {
      redisUrl: env.REDIS_URL,
      connectTimeoutMs: env.REDIS_CONNECT_TIMEOUT_MS,
      commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
      maxEntries: env.CACHE_MAX_ENTRIES,
    },
    health: {
      checkTimeoutMs: env.HEALTH_CHECK_TIMEOUT_MS,
      cacheTtlMs: env.HEALTH_CACHE_TTL_MS,
      shutdownDrainMs: env.SHUTDOWN_DRAIN_MS,
      intervalMs: env.HEALTH_INTERVAL_MS,
      retentionMs: env.HEALTH_RETENTION_DAYS * DAY_MS,
      pruneIntervalMs: env.HEALTH_PRUNE_INTERVAL_MS,
      httpTargets: env.HEALTH_HTTP_TARGETS ?? [],
      thresholds: {
        diskUsedPercent: env.HEALTH_DISK_MAX_USED_PERCENT,
        heapUsedPercent: env.HEALTH_HEAP_MAX_USED_PERCENT,
        rssBytes: env.HEALTH_RSS_MAX_MB * 1024 * 1024,
        eventLoopDelayMs: env.HEALTH_EVENT_LOOP_MAX_DELAY_MS,
      },
    },
    jobs: { enabled: env.SCHEDULED_JOBS_ENABLED },
    history: {
      collectIntervalMs: env.COLLECT_INTERVAL_MS,
      rollupIntervalMs: env.ROLLUP_INTERVAL_MS,
      retentionMs: {
        raw: env.RETENTION_RAW_HOURS * HOUR_MS,
        '1m': env.RETENTION_1M_DAYS * DAY_MS,
        '5m': env.RETENTION_5M_DAYS * DAY_MS,
        '1h': env.RETENTION_1H_DAYS * DAY_MS,
        '1d': env.RETENTION_1D_DAYS * DAY_MS,
      },
      maxQueryPoints: env.METRICS_QUERY_MAX_POINTS,
      maxQuerySeries: env.METRICS_QUERY_MAX_SERIES,
      maxMetricNameLength: env.METRIC_NAME_MAX_LENGTH,
    },
    customMetrics: {
      maxBatch: env.CUSTOM_METRICS_MAX_BATCH,
      maxLabels: env.CUSTOM_METRICS_MAX_LABELS,
      maxLabelValueLength: env.CUSTOM_METRICS_MAX_LABEL_VALUE_LENGTH,
      maxSeriesPerMetric: env.CUSTOM_METRICS_MAX_SERIES_PER_METRIC,
      maxNames: env.CUSTOM_METRICS_MAX_NAMES,
    },
    metrics: {
      token: env.METRICS_TOKEN,
      isHttpInstrumented: env.METRICS_HTTP_ENABLED,
      slowQueryMs: env.METRICS_SLOW_QUERY_MS,
      slowQueryTop: env.METRICS_SLOW_QUERY_TOP,
      diskPaths: env.METRICS_DISK_PATHS ?? ['/', dataDir],
    },
    alerts: {
      evalIntervalMs: env.ALERT_EVAL_INTERVAL_MS,
      delivery: {
        intervalMs: env.ALERT_DELIVERY_INTERVAL_MS,
        timeoutMs: env.ALERT_DELIVERY_TIMEOUT_MS,
        maxAttempts: env.ALERT_DELIVERY_MAX_ATTEMPTS,
        backoffBaseMs: env.ALERT_DELIVERY_BACKOFF_BASE_MS,
        backoffMaxMs: env.ALERT_DELIVERY_BACKOFF_MAX_MS,
        batch: env.ALERT_DELIVERY_BATCH,
      },
      grouping: {
        by: env.ALERT_GROUP_BY.split(',').map((l) => l.trim()).filter((l) => l !== ''),
        waitMs: env.ALERT_GROUP_WAIT_MS,
        intervalMs: env.ALERT_GROUP_INTERVAL_MS,
        repeatIntervalMs: env.ALERT_REPEAT_INTERVAL_MS,
      },
      resolveTimeoutMs: env.ALERT_RESOLVE_TIMEOUT_MS,
      maxRules: env.ALERT_MAX_RULES,
      maxAlertsPerRule: env.ALERT_MAX_ALERTS_PER_RULE,
      maxPostedAlerts: env.ALERT_MAX_POSTED_ALERTS,
      retentionMs: env.ALERT_RETENTION_DAYS * DAY_MS,
      pruneIntervalMs: env.ALERT_PRUNE_INTERVAL_MS,
      isSeedingDefaultRules: env.ALERT_SEED_DEFAULT_RULES,
    },
    targets: {
      static: env.SCRAPE_TARGETS ?? [],
      agentToken: env.AGENT_TOKEN,
      maxBodyBytes: env.SCRAPE_MAX_BODY_BYTES,
      concurrency: env.SCRAPE_CONCURRENCY,
      tickMs: env.SCRAPE_TICK_MS,
      agentTtlMs: env.AGENT_TARGET_TTL_MINUTES * 60_000,
      kubernetes: {
        isEnabled: env.KUBERNETES_DISCOVERY === 'on',
        namespaces: env.KUBERNETES_NAMESPACES,
        labelSelector: env.KUBERNETES_LABEL_SELECTOR.trim(),
        intervalMs: env.KUBERNETES_DISCOVERY_INTERVAL_MS,
        timeoutMs: env.KUBERNETES_DISCOVERY_TIMEOUT_MS,
        kubeconfigPaths: kubeconfigPaths(env),
      },
    },
    scaling: {
      syncPeriodMs: env.SCALING_SYNC_PERIOD_MS,
      eventsRetentionMs: env.SCALING_EVENTS_RETENTION_DAYS * DAY_MS,
      executor: scalingExecutor(env),
    },
    profiler: {
      artifactDir: join(dataDir, 'profiles'),
      maxDurationMs: env.PROFILER_MAX_DURATION_MS,
      maxArtifactBytes: env.PROFILER_MAX_ARTIFACT_BYTES,
      maxArtifacts: env.PROFILER_MAX_ARTIFACTS,
      retentionMs: env.PROFILER_RETENTION_HOURS * 3_600_000,
      pruneIntervalMs: env.PROFILER_PRUNE_INTERVAL_MS,
      leakWindowMs: env.PROFILER_LEAK_WINDOW_MINUTES * 60_000,
      leakThresholdBytesPerMinute: env.PROFILER_LEAK_THRESHOLD_BYTES_PER_MINUTE,
    },
  };
}

function scalingExecutor(env: Env): ScalingExecutorConfig {
  const common = { isDryRun: env.SCALING_DRY_RUN, timeoutMs: env.SCALING_EXECUTOR_TIMEOUT_MS };
  switch (env.SCALING_EXECUTOR) {
    case 'none':
      return { kind: 'none' };
    case 'webhook':
      // The schema refuses webhook without a URL.
      return { kind: 'webhook', ...common, url: env.SCALING_WEBHOOK_URL!, secret: env.SCALING_WEBHOOK_SECRET };
    case 'kubernetes':
      return { kind: 'kubernetes', ...common, kubeconfigPaths: kubeconfigPaths(env) };
  }
}

/** KUBECONFIG as kubectl reads it: files separated by the platform's path delimiter. */
function kubeconfigPaths(env: Env): string[] {
  return (env.KUBECONFIG ?? '').split(delimiter).filter((path) => path !== '');
}

/** Strips credentials from a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}
