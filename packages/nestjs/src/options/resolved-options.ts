import type { HealthIndicatorFunction } from '@nestjs/terminus';
import type { QueryTimingSource } from './vigil-options.js';

/** The options with every default filled in and every value checked; what providers read. */
export interface ResolvedVigilOptions {
  service: string;
  version: string | null;
  instanceId: string;
  /** Null when the profiler is off, for want of a token or by `profiler: false`. */
  token: string | null;
  advertiseUrl: string | null;
  metrics: ResolvedMetricsOptions | null;
  probes: ResolvedProbesOptions | null;
  profiler: ResolvedProfilerOptions | null;
  /** Null in scrape-only mode (no `serverUrl` or no `token`). */
  registration: ResolvedRegistrationOptions | null;
  dataSource: QueryTimingSource | null;
}

export interface ResolvedMetricsOptions {
  path: string;
  token: string | null;
  hasDefaultMetrics: boolean;
  isHttpInstrumented: boolean;
  httpBuckets: number[];
  knownMethods: ReadonlySet<string>;
}

export interface ResolvedProbesOptions {
  livePath: string;
  readyPath: string;
  startupPath: string;
  liveness: HealthIndicatorFunction[];
  readiness: HealthIndicatorFunction[];
  startup: HealthIndicatorFunction[];
  timeoutMs: number;
  drainDelayMs: number;
}

export interface ResolvedProfilerOptions {
  prefix: string;
  token: string;
  maxDurationMs: number;
  maxArtifactBytes: number;
  keptArtifacts: number;
  /** Null: a fresh temp directory, made on first use and removed at shutdown. */
  artifactDir: string | null;
  snapshotHeadroomFactor: number;
}

export interface ResolvedRegistrationOptions {
  heartbeatUrl: string;
  token: string;
  intervalMs: number;
  timeoutMs: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
}
