import { MetricQueryResult, SlowQueryReport, SystemMetricsSnapshot, type MetricQueryParams } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS } from './paths';

export class MetricsApi {
  constructor(private readonly http: ApiTransport) {}

  query(params: MetricQueryParams, options: RequestOptions = {}): Promise<MetricQueryResult> {
    return this.http.call('GET', `${API_PATHS.metrics}/query`, MetricQueryResult, { ...options, query: { ...params } });
  }

  getSystem(options: RequestOptions = {}): Promise<SystemMetricsSnapshot> {
    return this.http.call('GET', `${API_PATHS.metrics}/system`, SystemMetricsSnapshot, options);
  }

  getSlowQueries(options: RequestOptions = {}): Promise<SlowQueryReport> {
    return this.http.call('GET', `${API_PATHS.metrics}/slow-queries`, SlowQueryReport, options);
  }
}
