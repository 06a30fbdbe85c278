export { VigilModule } from './vigil.module.js';
export { InjectVigilRegistry, VIGIL_REGISTRY } from './vigil.tokens.js';
export { VigilOptionsError } from './options/resolve-options.js';
export { OTEL_DB_DURATION_BUCKETS, OTEL_HTTP_DURATION_BUCKETS, KNOWN_HTTP_METHODS } from './options/defaults.js';
export { HTTP_LABELS, HTTP_SERVER_DURATION } from './metrics/http-server-metrics.js';
export { DB_CLIENT_DURATION } from './metrics/query-timing.js';
export type {
  QueryTimingSource,
  VigilMetricsOptions,
  VigilModuleOptions,
  VigilProbesOptions,
  VigilProfilerOptions,
  VigilRegistrationOptions,
} from './options/vigil-options.js';
