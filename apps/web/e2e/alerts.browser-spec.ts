import type { AlertDetail, AlertSummary, Page as ApiPage, PrometheusAlert } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS, sharedStack } from './support/browser-env';
import { apiJson, eventually } from './support/api-calls';
import { ALERTS_API_MISSING, hasAlertsApi } from './support/alerts-api';
import { launchBrowser, type Browser } from './support/chromium';
import { describeInBrowser } from './support/describe-in-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

// Skipped, saying why, until the AlertManager controller lands.
const describeAlerts = hasAlertsApi ? describeInBrowser : describe.skip;
if (!hasAlertsApi) console.warn(`alerts browser test skipped: ${ALERTS_API_MISSING}`);

describeAlerts(hasAlertsApi ? 'Alerts' : `Alerts (skipped: ${ALERTS_API_MISSING})`, () => {
  let browser: Browser;
  let apiUrl: string;
  let webUrl: string;

  beforeAll(async () => {
    ({ apiUrl, webUrl } = sharedStack());
    browser = await launchBrowser();
  });

  afterAll(() => browser?.close());

  it('acknowledging a firing alert in the list changes its state in the API', async () => {
    const alertname = `BrowserAck${Date.now()}`;
    const posted: PrometheusAlert[] = [
      { labels: { alertname, severity: 'critical', service: 'checkout' }, annotations: { summary: 'Checkout is failing' } },
    ];
    await apiJson(apiUrl, 'POST', '/api/v2/alerts', posted);
    const alert = await eventually(async () => {
      const page = await apiJson<ApiPage<AlertSummary>>(apiUrl, 'GET', '/api/v1/alerts?status=firing&pageSize=100');
      return page.items.find((item) => item.name === alertname);
    });

    const page = await browser.context.newPage();
    await page.goto(`${webUrl}/alerts`);
    const item = page.locator(`[data-alert-id="${alert.id}"]`);
    await item.getByText('Firing', { exact: true }).waitFor();
    await item.getByRole('button', { name: `Acknowledge ${alertname}` }).click();
    await item.getByText('Acknowledged', { exact: true }).waitFor();

    const detail = await apiJson<AlertDetail>(apiUrl, 'GET', `/api/v1/alerts/${alert.id}`);
    expect(detail.status).toBe('acknowledged');
    expect(detail.acknowledgedBy).toBe('monitoring page');
    await page.close();
  });
});
