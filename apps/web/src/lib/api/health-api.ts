import {
  HEALTH_PATHS,
  HealthHistoryPage,
  HealthReport,
  HealthUptimeReport,
  PROBE_PATHS,
  ReadinessReport,
  type ErrorBody,
  type HealthHistoryParams,
  type HealthUptimeParams,
} from '@vigil/types';
import { errorBodyOf, readAnswer } from '../api-answer';
import type { ApiTransport, RequestOptions } from '../api-transport';

/** A 503 from the readiness probe is an answer ("not ready"), not a failure of the call. */
export type ReadinessResult =
  | { ready: true; report: ReadinessReport }
  | { ready: false; error: ErrorBody };

export class HealthApi {
  constructor(private readonly http: ApiTransport) {}

  async getReadiness(options: RequestOptions = {}): Promise<ReadinessResult> {
    const response = await this.http.send('GET', PROBE_PATHS.ready, options);
    const notReady = response.status === 503 ? errorBodyOf(response) : null;
    if (notReady) return { ready: false, error: notReady };
    return { ready: true, report: readAnswer(response, ReadinessReport) };
  }

  getReport(options: RequestOptions = {}): Promise<HealthReport> {
    return this.http.call('GET', HEALTH_PATHS.detail, HealthReport, options);
  }

  getHistory(params: HealthHistoryParams, options: RequestOptions = {}): Promise<HealthHistoryPage> {
    return this.http.call('GET', HEALTH_PATHS.history, HealthHistoryPage, { ...options, query: { ...params } });
  }

  getUptime(params: HealthUptimeParams = {}, options: RequestOptions = {}): Promise<HealthUptimeReport> {
    return this.http.call('GET', HEALTH_PATHS.uptime, HealthUptimeReport, { ...options, query: { ...params } });
  }
}
