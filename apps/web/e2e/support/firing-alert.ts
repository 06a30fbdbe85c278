import type { AlertSummary, Page, PrometheusAlert } from '@vigil/types';
import { apiJson, eventually } from './api-calls';

/** Posts alerts as Prometheus does and waits until the one named `alertname` is listed as firing. */
export async function postFiringAlert(apiUrl: string, alerts: PrometheusAlert[], alertname: string): Promise<AlertSummary> {
  await apiJson(apiUrl, 'POST', '/api/v2/alerts', alerts);
  return eventually(async () => {
    const page = await apiJson<Page<AlertSummary>>(apiUrl, 'GET', '/api/v1/alerts?status=firing&pageSize=100');
    return page.items.find((item) => item.name === alertname);
  });
}
