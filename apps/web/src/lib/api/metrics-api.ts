import type { MetricQueryParams, MetricQueryResult, SlowQueryReport, SystemMetricsSnapshot } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isMetricQueryResult, isSlowQueryReport, isSystemMetricsSnapshot } from '../guards/metrics-guards';
import { API_PATHS } from './paths';

export class MetricsApi {
  constructor(private readonly http: ApiTransport) {}

  query(params: MetricQueryParams, options: RequestOptions = {}): Promise<MetricQueryResult> {
    return this.http.call('GET', `${API_PATHS.metrics}/query`, isMetricQueryResult, 'a metric query result', {
      ...options,
      query: { ...params },
    });
  }

  getSystem(options: RequestOptions = {}): Promise<SystemMetricsSnapshot> {
    return this.http.call('GET', `${API_PATHS.metrics}/system`, isSystemMetricsSnapshot, 'system metrics', options);
  }

  getSlowQueries(options: RequestOptions = {}): Promise<SlowQueryReport> {
    return this.http.call('GET', `${API_PATHS.metrics}/slow-queries`, isSlowQueryReport, 'a slow-query report', options);
  }
}
