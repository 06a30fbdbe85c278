import { AGENT_CONTROL_DEFAULT_PREFIX } from '@vigil/types';

/**
 * OpenTelemetry's advised bucket bounds for `http.server.request.duration`, in seconds
 * (semantic conventions, HTTP metrics), so that stock dashboards line up.
 */
export const OTEL_HTTP_DURATION_BUCKETS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];

/** OpenTelemetry's advised bounds for `db.client.operation.duration`, in seconds. */
export const OTEL_DB_DURATION_BUCKETS: readonly number[] = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

/** The methods of RFC 9110 and PATCH (RFC 5789): what OpenTelemetry calls "known". */
export const KNOWN_HTTP_METHODS: readonly string[] = [
  'CONNECT',
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'POST',
  'PUT',
  'TRACE',
];

const MIB = 1024 * 1024;

export const DEFAULTS = {
  metricsPath: '/metrics',
  livePath: '/health/live',
  readyPath: '/health/ready',
  startupPath: '/health/startup',
  probeTimeoutMs: 5_000,
  drainDelayMs: 5_000,
  controlPrefix: AGENT_CONTROL_DEFAULT_PREFIX,
  maxDurationMs: 300_000,
  maxArtifactBytes: 512 * MIB,
  keptArtifacts: 3,
  snapshotHeadroomFactor: 2,
  heartbeatIntervalMs: 15_000,
  heartbeatTimeoutMs: 2_000,
  initialRetryDelayMs: 1_000,
  maxRetryDelayMs: 60_000,
} as const;
