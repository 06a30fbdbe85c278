import { AlertDetail, AlertPage, type AlertActionInput, type AlertListQuery, type AlertSummary, type Page } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class AlertsApi {
  constructor(private readonly http: ApiTransport) {}

  list(query: AlertListQuery, options: RequestOptions = {}): Promise<Page<AlertSummary>> {
    return this.http.call('GET', API_PATHS.alerts, AlertPage, { ...options, query: { ...query } });
  }

  get(id: string, options: RequestOptions = {}): Promise<AlertDetail> {
    return this.http.call('GET', itemPath(API_PATHS.alerts, id), AlertDetail, options);
  }

  acknowledge(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(API_PATHS.alerts, id)}/acknowledge`, AlertDetail, { body: input });
  }

  resolve(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(API_PATHS.alerts, id)}/resolve`, AlertDetail, { body: input });
  }
}
