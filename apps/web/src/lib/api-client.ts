import {
  HEALTH_PATHS,
  PROBE_PATHS,
  type AlertActionInput,
  type AlertDetail,
  type AlertListQuery,
  type AlertRule,
  type AlertRuleInput,
  type AlertSummary,
  type Channel,
  type ChannelTestResult,
  type ErrorBody,
  type HealthHistoryPage,
  type HealthHistoryParams,
  type HealthReport,
  type HealthUptimeParams,
  type HealthUptimeReport,
  type MetricCatalogEntry,
  type MetricQueryParams,
  type MetricQueryResult,
  type NotificationDelivery,
  type Page,
  type ProfileAnalysis,
  type ProfilingSession,
  type ProfilingSessionInput,
  type ProfilingSessionPage,
  type ProfilingSessionQuery,
  type ReadinessReport,
  type RecommendationReport,
  type RuntimeStats,
  type Setting,
  type SettingKey,
  type SettingUpdate,
  type SettingValue,
  type Silence,
  type SilenceInput,
  type SilenceState,
  type SlowQueryReport,
  type SystemMetricsSnapshot,
} from '@vigil/types';
import { ApiTransport, expectBody, type RequestOptions } from './api-transport';
import { isErrorBody, isReadinessReport, isSetting, isSettingList } from './contract-guards';
import {
  isAlertDetail,
  isAlertPage,
  isAlertRule,
  isAlertRuleList,
  isSilence,
  isSilenceList,
} from './guards/alert-guards';
import { isHealthHistoryPage, isHealthReport, isHealthUptimeReport } from './guards/health-guards';
import {
  isMetricCatalog,
  isMetricQueryResult,
  isSlowQueryReport,
  isSystemMetricsSnapshot,
} from './guards/metrics-guards';
import { isChannelList, isChannelTestResult, isDeliveryList } from './guards/notification-guards';
import {
  isProfileAnalysis,
  isProfilingSession,
  isProfilingSessionPage,
  isRecommendationReport,
  isRuntimeStats,
} from './guards/profiler-guards';

export { ApiError, ApiUnreachableError } from './api-errors';
export type { RequestOptions } from './api-transport';

/** A 503 from the readiness probe is an answer ("not ready"), not a failure of the call. */
export type ReadinessResult =
  | { ready: true; report: ReadinessReport }
  | { ready: false; error: ErrorBody };

export interface ApiClientOptions {
  /** e.g. `http://localhost:3001`; a trailing slash is ignored. */
  baseUrl: string;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 8_000;
const V1 = '/api/v1';
const PATHS = {
  config: `${V1}/config`,
  metrics: `${V1}/metrics`,
  profiler: `${V1}/profiler`,
  alerts: `${V1}/alerts`,
  alertRules: `${V1}/alert-rules`,
  silences: `${V1}/silences`,
  channels: `${V1}/channels`,
} as const;

/** Every call the page makes; request and response types come from `@vigil/types` only. */
export class ApiClient {
  readonly baseUrl: string;
  private readonly http: ApiTransport;

  constructor(options: ApiClientOptions) {
    this.http = new ApiTransport(options.baseUrl, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.baseUrl = this.http.baseUrl;
  }

  // Health

  async getReadiness(options: RequestOptions = {}): Promise<ReadinessResult> {
    const response = await this.http.send('GET', this.http.url(PROBE_PATHS.ready), options);
    if (response.status === 503 && isErrorBody(response.body)) {
      return { ready: false, error: response.body };
    }
    return { ready: true, report: expectBody(response, isReadinessReport, 'a readiness report') };
  }

  getHealth(options: RequestOptions = {}): Promise<HealthReport> {
    return this.http.call('GET', HEALTH_PATHS.detail, isHealthReport, 'a health report', options);
  }

  getHealthHistory(params: HealthHistoryParams, options: RequestOptions = {}): Promise<HealthHistoryPage> {
    return this.http.call('GET', HEALTH_PATHS.history, isHealthHistoryPage, 'health history', {
      ...options,
      query: { ...params },
    });
  }

  getHealthUptime(params: HealthUptimeParams = {}, options: RequestOptions = {}): Promise<HealthUptimeReport> {
    return this.http.call('GET', HEALTH_PATHS.uptime, isHealthUptimeReport, 'an uptime report', {
      ...options,
      query: { ...params },
    });
  }

  // Metrics

  queryMetric(params: MetricQueryParams, options: RequestOptions = {}): Promise<MetricQueryResult> {
    return this.http.call('GET', `${PATHS.metrics}/query`, isMetricQueryResult, 'a metric query result', {
      ...options,
      query: { ...params },
    });
  }

  getMetricCatalog(options: RequestOptions = {}): Promise<MetricCatalogEntry[]> {
    return this.http.call('GET', `${PATHS.metrics}/catalog`, isMetricCatalog, 'a metric catalog', options);
  }

  getSystemSnapshot(options: RequestOptions = {}): Promise<SystemMetricsSnapshot> {
    return this.http.call('GET', `${PATHS.metrics}/system`, isSystemMetricsSnapshot, 'system metrics', options);
  }

  getSlowQueries(options: RequestOptions = {}): Promise<SlowQueryReport> {
    return this.http.call('GET', `${PATHS.metrics}/slow-queries`, isSlowQueryReport, 'a slow-query report', options);
  }

  // Profiler

  listProfilingSessions(query: ProfilingSessionQuery = {}, options: RequestOptions = {}): Promise<ProfilingSessionPage> {
    return this.http.call('GET', `${PATHS.profiler}/sessions`, isProfilingSessionPage, 'a page of sessions', {
      ...options,
      query: { ...query },
    });
  }

  getProfilingSession(id: string, options: RequestOptions = {}): Promise<ProfilingSession> {
    return this.http.call('GET', sessionPath(id), isProfilingSession, 'a profiling session', options);
  }

  startProfilingSession(input: ProfilingSessionInput): Promise<ProfilingSession> {
    return this.http.call('POST', `${PATHS.profiler}/sessions`, isProfilingSession, 'a profiling session', {
      body: input,
    });
  }

  stopProfilingSession(id: string): Promise<ProfilingSession> {
    return this.http.call('POST', `${sessionPath(id)}/stop`, isProfilingSession, 'a profiling session');
  }

  getProfileAnalysis(id: string, top: number, options: RequestOptions = {}): Promise<ProfileAnalysis> {
    return this.http.call('GET', `${sessionPath(id)}/analysis`, isProfileAnalysis, 'a profile analysis', {
      ...options,
      query: { top },
    });
  }

  /** A plain link: the API answers with `Content-Disposition: attachment`, so the browser saves it. */
  profileArtifactUrl(id: string): string {
    return this.http.url(`${sessionPath(id)}/artifact`);
  }

  getRuntimeStats(options: RequestOptions = {}): Promise<RuntimeStats> {
    return this.http.call('GET', `${PATHS.profiler}/runtime`, isRuntimeStats, 'runtime statistics', options);
  }

  getRecommendations(options: RequestOptions = {}): Promise<RecommendationReport> {
    return this.http.call('GET', `${PATHS.profiler}/recommendations`, isRecommendationReport, 'recommendations', options);
  }

  // Alerts

  listAlerts(query: AlertListQuery, options: RequestOptions = {}): Promise<Page<AlertSummary>> {
    return this.http.call('GET', PATHS.alerts, isAlertPage, 'a page of alerts', { ...options, query: { ...query } });
  }

  getAlert(id: string, options: RequestOptions = {}): Promise<AlertDetail> {
    return this.http.call('GET', itemPath(PATHS.alerts, id), isAlertDetail, 'an alert', options);
  }

  acknowledgeAlert(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(PATHS.alerts, id)}/acknowledge`, isAlertDetail, 'an alert', { body: input });
  }

  resolveAlert(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(PATHS.alerts, id)}/resolve`, isAlertDetail, 'an alert', { body: input });
  }

  listAlertRules(options: RequestOptions = {}): Promise<AlertRule[]> {
    return this.http.call('GET', PATHS.alertRules, isAlertRuleList, 'a list of alert rules', options);
  }

  createAlertRule(input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('POST', PATHS.alertRules, isAlertRule, 'an alert rule', { body: input });
  }

  updateAlertRule(id: string, input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('PUT', itemPath(PATHS.alertRules, id), isAlertRule, 'an alert rule', { body: input });
  }

  listSilences(state: SilenceState | undefined, options: RequestOptions = {}): Promise<Silence[]> {
    return this.http.call('GET', PATHS.silences, isSilenceList, 'a list of silences', { ...options, query: { state } });
  }

  createSilence(input: SilenceInput): Promise<Silence> {
    return this.http.call('POST', PATHS.silences, isSilence, 'a silence', { body: input });
  }

  expireSilence(id: string): Promise<Silence> {
    return this.http.call('DELETE', itemPath(PATHS.silences, id), isSilence, 'a silence');
  }

  // Notification channels

  listChannels(options: RequestOptions = {}): Promise<Channel[]> {
    return this.http.call('GET', PATHS.channels, isChannelList, 'a list of channels', options);
  }

  testChannel(id: string): Promise<ChannelTestResult> {
    return this.http.call('POST', `${itemPath(PATHS.channels, id)}/test`, isChannelTestResult, 'a test result');
  }

  listChannelDeliveries(id: string, options: RequestOptions = {}): Promise<NotificationDelivery[]> {
    return this.http.call('GET', `${itemPath(PATHS.channels, id)}/deliveries`, isDeliveryList, 'deliveries', options);
  }

  // Settings

  listSettings(options: RequestOptions = {}): Promise<Setting[]> {
    return this.http.call('GET', PATHS.config, isSettingList, 'a list of settings', options);
  }

  updateSetting(key: SettingKey, value: SettingValue): Promise<Setting> {
    const update: SettingUpdate = { value };
    return this.http.call('PUT', itemPath(PATHS.config, key), isSetting, 'a setting', { body: update });
  }

  resetSetting(key: SettingKey): Promise<Setting> {
    return this.http.call('DELETE', itemPath(PATHS.config, key), isSetting, 'a setting');
  }
}

function itemPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}

function sessionPath(id: string): string {
  return itemPath(`${PATHS.profiler}/sessions`, id);
}
