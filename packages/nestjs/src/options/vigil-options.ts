import type { HealthIndicatorFunction } from '@nestjs/terminus';

/**
 * What `VigilModule.forRoot()` takes. Every part but `service` has a default; `false`
 * turns a part off (`probes: false` when the app serves its own).
 */
export interface VigilModuleOptions {
  /** The service's name, sent with each heartbeat; the server makes it the `service` label. */
  service: string;
  /** The service's own version, sent with each heartbeat. */
  version?: string;
  /** This process' identity towards the server; default `<hostname>:<pid>`. */
  instanceId?: string;
  /** Base URL of the Vigil server. With `token`, the agent registers itself there. */
  serverUrl?: string;
  /**
   * The agent token: sent with each heartbeat, and the only credential the profiler
   * control endpoints accept. Without it remote profiling is off.
   */
  token?: string;
  /** The URL the server scrapes; default built from the listening address and the metrics path. */
  advertiseUrl?: string;
  metrics?: false | VigilMetricsOptions;
  probes?: false | VigilProbesOptions;
  profiler?: false | VigilProfilerOptions;
  registration?: VigilRegistrationOptions;
  /** A TypeORM DataSource (initialised) whose queries are timed; off without one. */
  dataSource?: QueryTimingSource;
}

export interface VigilMetricsOptions {
  /** Default `/metrics`. */
  path?: string;
  /** When set, scrapes need `Authorization: Bearer <token>`. */
  token?: string;
  /** prom-client's default process and Node.js metrics; default true. */
  defaultMetrics?: boolean;
  /** `http_server_request_duration_seconds` for every request; default true. */
  http?: boolean;
  /** Histogram bounds in seconds; default OpenTelemetry's advice for HTTP durations. */
  httpBuckets?: readonly number[];
  /** Methods kept as they are; any other becomes `_OTHER`. Default the RFC 9110 methods and PATCH. */
  knownMethods?: readonly string[];
}

export interface VigilProbesOptions {
  /** Defaults `/health/live`, `/health/ready`, `/health/startup`. */
  livePath?: string;
  readyPath?: string;
  startupPath?: string;
  /** Terminus indicators; liveness should not depend on other services. */
  liveness?: readonly HealthIndicatorFunction[];
  readiness?: readonly HealthIndicatorFunction[];
  /** Once these all pass, the startup probe passes for good. */
  startup?: readonly HealthIndicatorFunction[];
  /** An indicator that has not answered by then counts as down; default 5000. */
  timeoutMs?: number;
  /** How long readiness answers 503 before the server closes, on shutdown; default 5000. */
  drainDelayMs?: number;
}

export interface VigilProfilerOptions {
  /** Prefix of the control endpoints; default `/vigil`. */
  prefix?: string;
  /** Longest a CPU or heap-sampling profile runs before it stops itself; default 300000. */
  maxDurationMs?: number;
  /** An artifact larger than this is dropped and its session failed; default 512 MiB. */
  maxArtifactBytes?: number;
  /** Artifacts kept on disk; older ones are deleted; default 3. */
  keptArtifacts?: number;
  /** Where artifacts go; default a fresh directory under the OS temp directory. */
  artifactDir?: string;
  /** Free memory a heap snapshot needs, as a multiple of the used heap; default 2. */
  snapshotHeadroomFactor?: number;
}

export interface VigilRegistrationOptions {
  /** Between two heartbeats; default 15000. */
  intervalMs?: number;
  /** A heartbeat not answered by then fails; default 2000. */
  timeoutMs?: number;
  /** First retry after a failure; doubles per failure, with jitter; default 1000. */
  initialRetryDelayMs?: number;
  /** Default 60000. */
  maxRetryDelayMs?: number;
}

/**
 * The part of a TypeORM DataSource query timing uses, stated structurally so that the
 * package needs no TypeORM of its own. Subscribers are read at `initialize()`, so the
 * DataSource must be initialised before the module starts.
 */
export interface QueryTimingSource {
  readonly isInitialized: boolean;
  readonly options: { readonly type: string };
  readonly subscribers: object[];
}
