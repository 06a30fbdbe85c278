import type { MetricQueryResult, ScrapeTarget } from '@vigil/types';
import type { Page } from 'playwright-core';
import { apiJson, eventually } from './support/api-calls';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { closedPortUrl, startMetricsExporter, type MetricsExporter } from './support/metrics-exporter';
import { addTarget, removeTargets, scrapedAs } from './support/scrape-targets';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

// The servers are shared with the other files: names of this run only, and every target removed at the end.
const run = Date.now().toString(36);
const SERVICES = { up: `shop-${run}`, down: `ledger-${run}`, form: `billing-${run}` };

const rowOf = (page: Page, id: string) => page.locator(`tr[data-target-id="${id}"]`);

/** The history the drill-down draws, once a second scrape has given the counters an increase. */
function hasPoints(apiUrl: string, name: string, fn: string, target: ScrapeTarget): Promise<MetricQueryResult> {
  const labels = encodeURIComponent(`service=${target.service},instance=${target.instance}`);
  return eventually(async () => {
    const result = await apiJson<MetricQueryResult>(apiUrl, 'GET', `/api/v1/metrics/query?name=${name}&fn=${fn}&labels=${labels}&step=15s`);
    return result.series.some((series) => series.points.length > 0) ? result : undefined;
  }, 30_000);
}

describeInBrowser('Instances', () => {
  const shared = useSharedBrowser();
  let exporter: MetricsExporter;
  let upTarget: ScrapeTarget;
  let downTarget: ScrapeTarget;
  const added: string[] = [];

  beforeAll(async () => {
    exporter = await startMetricsExporter();
    upTarget = await addTarget(shared.apiUrl, { service: SERVICES.up, url: exporter.url });
    downTarget = await addTarget(shared.apiUrl, { service: SERVICES.down, url: await closedPortUrl() });
    added.push(upTarget.id, downTarget.id);
  });

  afterAll(async () => {
    await removeTargets(shared.apiUrl, added);
    await exporter?.close();
  });

  it('explains how a service gets listed while there is no target', async () => {
    const page = await shared.newPage();
    // An empty list in this tab only: the shared API keeps its targets.
    await page.route(
      (url) => url.pathname === '/api/v1/targets',
      (route) => route.fulfill({ status: 200, json: [] }),
    );
    await page.goto(`${shared.webUrl}/instances`);
    const empty = page.getByTestId('instances-empty');
    await empty.waitFor();
    const text = (await empty.textContent()) ?? '';
    expect(text).toContain('@vigil/nestjs');
    expect(text).toContain('serverUrl');
    expect(text).toContain('SCRAPE_TARGETS');
    await page.close();
  });

  it('shows the target that answers as up and the one on a closed port as down, with its error', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/instances`);
    // Refetched every 5 s: the first scrapes end on screen without a reload.
    await rowOf(page, upTarget.id).getByText('Up', { exact: true }).waitFor({ timeout: 20_000 });
    await rowOf(page, downTarget.id).getByText('Down', { exact: true }).waitFor({ timeout: 20_000 });

    const down = await scrapedAs(shared.apiUrl, downTarget.id, 'down');
    const error = rowOf(page, downTarget.id).getByTestId('target-error');
    expect(down.lastError).toContain('ECONNREFUSED');
    expect(await error.getAttribute('title')).toBe(down.lastError);
    expect(await error.textContent()).toContain('ECONNREFUSED');
    expect(await rowOf(page, upTarget.id).locator('td[data-label="Last error"]').textContent()).toBe('none');
    expect(Number((await rowOf(page, upTarget.id).locator('td[data-label="Samples"]').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await rowOf(page, upTarget.id).getByRole('rowheader').textContent()).toBe(`${SERVICES.up}, source api`);

    await page.getByLabel('Health', { exact: true }).selectOption('down');
    await rowOf(page, upTarget.id).waitFor({ state: 'detached' });
    expect(await rowOf(page, downTarget.id).count()).toBe(1);
    await page.close();
  });

  it('narrows the table to the service picked in the header, keeps it in the URL through a reload and on to the other pages', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/instances`);
    await rowOf(page, upTarget.id).waitFor();
    await rowOf(page, downTarget.id).waitFor();

    const picker = page.getByTestId('service-picker');
    await picker.locator('option', { hasText: SERVICES.down }).waitFor({ state: 'attached' });
    await picker.selectOption(SERVICES.down);
    await page.waitForURL((url) => url.searchParams.get('service') === SERVICES.down);
    await rowOf(page, upTarget.id).waitFor({ state: 'detached' });
    expect(await rowOf(page, downTarget.id).count()).toBe(1);

    await page.reload();
    await rowOf(page, downTarget.id).waitFor();
    expect(await rowOf(page, upTarget.id).count()).toBe(0);
    expect(await page.getByTestId('service-picker').inputValue()).toBe(SERVICES.down);
    await page.getByRole('heading', { name: `Scrape targets of ${SERVICES.down}` }).waitFor();

    // The nav carries the choice on; a page it does not narrow says so.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System' }).click();
    await page.waitForURL((url) => url.pathname === '/system' && url.searchParams.get('service') === SERVICES.down);
    await page.getByText('not applied on this page').waitFor();

    await page.goto(`${shared.webUrl}/instances?service=${SERVICES.down}`);
    await rowOf(page, downTarget.id).waitFor();
    await page.getByTestId('service-picker').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('service'));
    await rowOf(page, upTarget.id).waitFor();
    await page.close();
  });

  it("shows the API's problem next to the URL of a bad target, then lists a good one, and deletes it after asking", async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/instances`);
    await page.getByRole('button', { name: 'Add target' }).click();
    const form = page.getByRole('form', { name: 'Add a scrape target' });
    await form.getByLabel('Service', { exact: true }).fill(SERVICES.form);
    await form.getByLabel('URL', { exact: true }).fill('orders:3000/metrics');
    await form.getByLabel('Bearer token (optional)').fill('a-token-for-the-e2e-exporter');
    await form.getByRole('button', { name: 'Add target' }).click();

    const urlField = form.locator('.field').filter({ has: page.getByLabel('URL', { exact: true }) });
    await urlField.locator('.field-problems').getByText(/^must be an http:\/\/ or https:\/\/ URL/).waitFor();
    expect(await form.getByLabel('URL', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await apiJson<ScrapeTarget[]>(shared.apiUrl, 'GET', `/api/v1/targets?service=${SERVICES.form}`)).toEqual([]);

    await form.getByLabel('URL', { exact: true }).fill(exporter.url);
    await form.getByLabel('Instance (optional)').fill('billing-1');
    await form.getByLabel('Scrape interval').fill('1s');
    await form.getByLabel('Scrape timeout').fill('1s');
    await form.getByRole('button', { name: 'Add target' }).click();
    await form.waitFor({ state: 'detached' });

    const [stored] = await apiJson<ScrapeTarget[]>(shared.apiUrl, 'GET', `/api/v1/targets?service=${SERVICES.form}`);
    if (!stored) throw new Error('the form added no target');
    added.push(stored.id);
    expect([stored.source, stored.instance, stored.scrapeInterval, stored.hasBearerToken]).toEqual(['api', 'billing-1', '1s', true]);
    const row = rowOf(page, stored.id);
    await row.getByRole('rowheader', { name: SERVICES.form }).waitFor();
    await row.getByText('Up', { exact: true }).waitFor({ timeout: 20_000 });

    await row.getByRole('button', { name: `Delete target ${SERVICES.form} billing-1` }).click();
    await row.getByRole('button', { name: 'Yes, delete target' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await apiJson<ScrapeTarget[]>(shared.apiUrl, 'GET', `/api/v1/targets?service=${SERVICES.form}`)).toEqual([]);
    await page.close();
  });

  it("opens an instance's details and its charts from the table", async () => {
    await scrapedAs(shared.apiUrl, upTarget.id, 'up');
    await hasPoints(shared.apiUrl, 'http_server_request_duration_seconds', 'p95', upTarget);
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/instances`);
    await rowOf(page, upTarget.id).getByRole('link', { name: upTarget.instance }).click();
    await page.waitForURL(`${shared.webUrl}/instances/${upTarget.id}`);

    await page.getByRole('heading', { level: 1, name: `${SERVICES.up} · ${upTarget.instance}` }).waitFor();
    const detail = page.getByTestId('target-detail');
    await detail.getByText('Up', { exact: true }).waitFor();
    expect(await detail.textContent()).toContain(exporter.url);
    await page.getByText('No agent registered this target').waitFor();

    const charts = page.getByTestId('instance-charts');
    for (const title of ['Up (1 = scrape succeeded)', 'Scrape duration', 'Memory (RSS)', 'CPU (share of one core)', 'Request rate', 'p95 latency (slowest 5 routes)']) {
      await charts.getByRole('img', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')} chart`) }).waitFor({ timeout: 20_000 });
    }
    await page.close();
  });
});
