import type { AlertActionInput, AlertDetail, AlertListQuery, AlertSummary, Page } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isAlertDetail, isAlertPage } from '../guards/alert-guards';
import { API_PATHS, itemPath } from './paths';

export class AlertsApi {
  constructor(private readonly http: ApiTransport) {}

  list(query: AlertListQuery, options: RequestOptions = {}): Promise<Page<AlertSummary>> {
    return this.http.call('GET', API_PATHS.alerts, isAlertPage, 'a page of alerts', { ...options, query: { ...query } });
  }

  get(id: string, options: RequestOptions = {}): Promise<AlertDetail> {
    return this.http.call('GET', itemPath(API_PATHS.alerts, id), isAlertDetail, 'an alert', options);
  }

  acknowledge(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(API_PATHS.alerts, id)}/acknowledge`, isAlertDetail, 'an alert', { body: input });
  }

  resolve(id: string, input: AlertActionInput): Promise<AlertDetail> {
    return this.http.call('POST', `${itemPath(API_PATHS.alerts, id)}/resolve`, isAlertDetail, 'an alert', { body: input });
  }
}
