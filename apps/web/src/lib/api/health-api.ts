import {
  HEALTH_PATHS,
  PROBE_PATHS,
  type ErrorBody,
  type HealthHistoryPage,
  type HealthHistoryParams,
  type HealthReport,
  type HealthUptimeParams,
  type HealthUptimeReport,
  type ReadinessReport,
} from '@vigil/types';
import { expectBody, type ApiTransport, type RequestOptions } from '../api-transport';
import { isErrorBody, isReadinessReport } from '../contract-guards';
import { isHealthHistoryPage, isHealthReport, isHealthUptimeReport } from '../guards/health-guards';

/** A 503 from the readiness probe is an answer ("not ready"), not a failure of the call. */
export type ReadinessResult =
  | { ready: true; report: ReadinessReport }
  | { ready: false; error: ErrorBody };

export class HealthApi {
  constructor(private readonly http: ApiTransport) {}

  async getReadiness(options: RequestOptions = {}): Promise<ReadinessResult> {
    const response = await this.http.send('GET', this.http.url(PROBE_PATHS.ready), options);
    if (response.status === 503 && isErrorBody(response.body)) {
      return { ready: false, error: response.body };
    }
    return { ready: true, report: expectBody(response, isReadinessReport, 'a readiness report') };
  }

  getReport(options: RequestOptions = {}): Promise<HealthReport> {
    return this.http.call('GET', HEALTH_PATHS.detail, isHealthReport, 'a health report', options);
  }

  getHistory(params: HealthHistoryParams, options: RequestOptions = {}): Promise<HealthHistoryPage> {
    return this.http.call('GET', HEALTH_PATHS.history, isHealthHistoryPage, 'health history', { ...options, query: { ...params } });
  }

  getUptime(params: HealthUptimeParams = {}, options: RequestOptions = {}): Promise<HealthUptimeReport> {
    return this.http.call('GET', HEALTH_PATHS.uptime, isHealthUptimeReport, 'an uptime report', { ...options, query: { ...params } });
  }
}
