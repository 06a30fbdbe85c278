import { ApiTransport } from './api-transport';
import { AlertRulesApi } from './api/alert-rules-api';
import { AlertsApi } from './api/alerts-api';
import { ChannelsApi } from './api/channels-api';
import { EscalationPoliciesApi } from './api/escalation-policies-api';
import { HealthApi } from './api/health-api';
import { MetricsApi } from './api/metrics-api';
import { ProfilerApi } from './api/profiler-api';
import { ScalingApi } from './api/scaling-api';
import { SettingsApi } from './api/settings-api';
import { SilencesApi } from './api/silences-api';
import { TargetsApi } from './api/targets-api';

export { ApiError, ApiUnreachableError, type ApiErrorKind } from './api-errors';
export type { RequestOptions } from './api-transport';
export type { ReadinessResult } from './api/health-api';

export interface ApiClientOptions {
  /** e.g. `http://localhost:3001`; a trailing slash is ignored. */
  baseUrl: string;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 8_000;

/**
 * Every call the page makes, one object per API resource; request and response types
 * come from `@vigil/types` only, and every answer is parsed by its schema there, so
 * callers get the parsed value or an `ApiError` of kind `contract`.
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly health: HealthApi;
  readonly metrics: MetricsApi;
  readonly profiler: ProfilerApi;
  readonly alerts: AlertsApi;
  readonly alertRules: AlertRulesApi;
  readonly silences: SilencesApi;
  readonly channels: ChannelsApi;
  readonly escalationPolicies: EscalationPoliciesApi;
  readonly settings: SettingsApi;
  readonly scaling: ScalingApi;
  readonly targets: TargetsApi;

  constructor(options: ApiClientOptions) {
    const http = new ApiTransport(options.baseUrl, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.baseUrl = http.baseUrl;
    this.health = new HealthApi(http);
    this.metrics = new MetricsApi(http);
    this.profiler = new ProfilerApi(http);
    this.alerts = new AlertsApi(http);
    this.alertRules = new AlertRulesApi(http);
    this.silences = new SilencesApi(http);
    this.channels = new ChannelsApi(http);
    this.escalationPolicies = new EscalationPoliciesApi(http);
    this.settings = new SettingsApi(http);
    this.scaling = new ScalingApi(http);
    this.targets = new TargetsApi(http);
  }
}
