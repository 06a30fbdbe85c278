import type { AlertDetail, AlertRule, AlertRuleInput, PrometheusAlert, Silence, SilenceInput } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { apiJson } from './support/api-calls';
import { describeInBrowser } from './support/describe-in-browser';
import { postFiringAlert } from './support/firing-alert';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

describeInBrowser('Alerts', () => {
  const shared = useSharedBrowser();

  it('acknowledging a firing alert in the list changes its state in the API', async () => {
    const alertname = `BrowserAck${Date.now()}`;
    const posted: PrometheusAlert[] = [
      { labels: { alertname, severity: 'critical', service: 'checkout' }, annotations: { summary: 'Checkout is failing' } },
    ];
    const alert = await postFiringAlert(shared.apiUrl, posted, alertname);

    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts`);
    const item = page.locator(`[data-alert-id="${alert.id}"]`);
    await item.getByText('Firing', { exact: true }).waitFor();
    await item.getByRole('button', { name: `Acknowledge ${alertname}` }).click();
    await item.getByText('Acknowledged', { exact: true }).waitFor();

    const detail = await apiJson<AlertDetail>(shared.apiUrl, 'GET', `/api/v1/alerts/${alert.id}`);
    expect(detail.status).toBe('acknowledged');
    expect(detail.acknowledgedBy).toBe('monitoring page');
    await page.close();
  });

  it('lists only the alerts labelled with the service picked in the header', async () => {
    const run = Date.now().toString(36);
    const [mine, other] = [`BrowserPicked${run}`, `BrowserOther${run}`];
    const service = `payments-${run}`;
    await postFiringAlert(shared.apiUrl, [{ labels: { alertname: other, severity: 'warning', service: `ledger-${run}` } }], other);
    const alert = await postFiringAlert(shared.apiUrl, [{ labels: { alertname: mine, severity: 'warning', service } }], mine);

    const page = await shared.newPage();
    // A service no target has yet, from a link: the picker still shows it and the list applies it.
    await page.goto(`${shared.webUrl}/alerts?service=${service}`);
    await page.locator(`[data-alert-id="${alert.id}"]`).waitFor();
    expect(await page.getByTestId('alert-list').locator('[data-alert-id]').count()).toBe(1);
    expect(await page.getByTestId('service-picker').inputValue()).toBe(service);

    await page.getByTestId('service-picker').selectOption('');
    await page.getByRole('link', { name: other }).waitFor();
    await page.close();
  });

  it('silences a firing alert from the list for an hour', async () => {
    const alertname = `BrowserSilence${Date.now()}`;
    const alert = await postFiringAlert(shared.apiUrl, [{ labels: { alertname, severity: 'warning' } }], alertname);

    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts`);
    const item = page.locator(`[data-alert-id="${alert.id}"]`);
    await item.getByRole('button', { name: `Silence… ${alertname}` }).click();
    await item.getByLabel('Reason').fill('deploy in progress');
    await item.getByRole('button', { name: 'Silence', exact: true }).click();
    await item.getByText('silenced', { exact: true }).waitFor();

    const silences = await apiJson<Silence[]>(shared.apiUrl, 'GET', '/api/v1/silences?state=active');
    const silence = silences.find((candidate) => candidate.matchers.some((matcher) => matcher.value === alertname));
    expect(silence?.comment).toBe('deploy in progress');
    await page.close();
  });

  it('creates a threshold rule from the form', async () => {
    const name = `BrowserRule${Date.now()}`;
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/rules`);
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New alert rule' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Threshold').fill('0.75');
    await form.getByLabel('Summary').fill('CPU above 75 %');
    await form.getByRole('button', { name: 'Create rule' }).click();
    await page.getByTestId('rule-list').getByRole('rowheader', { name: new RegExp(name) }).waitFor();

    const rules = await apiJson<AlertRule[]>(shared.apiUrl, 'GET', '/api/v1/alert-rules');
    expect(rules.find((rule) => rule.name === name)).toMatchObject({ threshold: 0.75, comparator: '>', annotations: { summary: 'CPU above 75 %' } });
    await page.close();
  });

  it('creates a health rule from the form', async () => {
    const name = `BrowserHealthRule${Date.now()}`;
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/rules`);
    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New alert rule' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Kind').selectOption('health');
    await form.getByLabel('Component', { exact: true }).fill('database');
    await form.getByLabel('Fires at').selectOption('degraded');
    await form.getByRole('button', { name: 'Create rule' }).click();
    await page.getByTestId('rule-list').getByRole('rowheader', { name: new RegExp(name) }).waitFor();

    const rules = await apiJson<AlertRule[]>(shared.apiUrl, 'GET', '/api/v1/alert-rules');
    expect(rules.find((rule) => rule.name === name)).toMatchObject({ kind: 'health', health: { component: 'database', status: 'degraded' } });
    await page.close();
  });

  it('disables and enables a rule from the list', async () => {
    const input: AlertRuleInput = {
      name: `BrowserToggle${Date.now()}`,
      query: { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', window: '5m' },
      comparator: '>',
      threshold: 0.99,
      severity: 'info',
    };
    const rule = await apiJson<AlertRule>(shared.apiUrl, 'POST', '/api/v1/alert-rules', input);
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/rules`);
    const toggle = page.getByRole('switch', { name: `Enabled ${rule.name}` });
    await toggle.click();
    await page.getByRole('switch', { name: `Disabled ${rule.name}`, checked: false }).waitFor();
    expect(await apiJson<AlertRule>(shared.apiUrl, 'GET', `/api/v1/alert-rules/${rule.id}`)).toMatchObject({ enabled: false, threshold: 0.99 });

    await page.getByRole('switch', { name: `Disabled ${rule.name}` }).click();
    await page.getByRole('switch', { name: `Enabled ${rule.name}`, checked: true }).waitFor();
    expect((await apiJson<AlertRule>(shared.apiUrl, 'GET', `/api/v1/alert-rules/${rule.id}`)).enabled).toBe(true);
    await page.close();
  });

  it('expires a silence from the list', async () => {
    const value = `BrowserExpire${Date.now()}`;
    const input: SilenceInput = {
      matchers: [{ name: 'alertname', value, isRegex: false, isEqual: true }],
      endsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
      createdBy: 'browser test',
      comment: 'to be expired',
    };
    const silence = await apiJson<Silence>(shared.apiUrl, 'POST', '/api/v1/silences', input);
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/silences`);
    const row = page.getByRole('row').filter({ hasText: value });
    await row.getByRole('button', { name: /^Expire silence/ }).click();
    await row.waitFor({ state: 'detached' });

    expect((await apiJson<Silence>(shared.apiUrl, 'GET', `/api/v1/silences/${silence.id}`)).state).toBe('expired');
    await page.close();
  });
});
