import { bandOf, type ScalingForecast, type ScalingSimulation, type ServiceScalingPolicy } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { apiJson, eventually } from './support/api-calls';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

describeInBrowser('Scaling', () => {
  const shared = useSharedBrowser();

  it("answers a policy check with the HPA's count: 3 replicas at 180% of a 50% target ask for 6", async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/scaling`);
    const form = page.getByRole('form', { name: 'Check a policy' });
    await form.getByLabel('Current replicas').fill('3');
    await form.getByLabel('Minimum replicas').fill('1');
    await form.getByLabel('Maximum replicas').fill('10');
    await form.getByLabel('Name').fill('cpu');
    await form.getByLabel('Current value').fill('0.9');
    await form.getByLabel('Target').fill('0.5');
    await form.getByRole('button', { name: 'Check' }).click();
    const answer = page.getByTestId('scaling-recommendation');
    await answer.waitFor();
    expect(await answer.locator('dt:text-is("Desired replicas") + dd').textContent()).toBe('6');
    await page.close();
  });

  it('shows the problem next to the field when a policy has its maximum below its minimum, and stores nothing', async () => {
    const before = await apiJson<ServiceScalingPolicy>(shared.apiUrl, 'GET', '/api/v1/scaling/policies/vigil');
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/scaling`);
    await page.getByRole('button', { name: /^Edit policy/ }).click();
    const editor = page.getByRole('form', { name: 'Edit the scaling policy of vigil' });
    await editor.getByLabel('Minimum replicas').fill('5');
    await editor.getByLabel('Maximum replicas').fill('3');
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByText('must be at least minReplicas (5)').waitFor();
    const after = await apiJson<ServiceScalingPolicy>(shared.apiUrl, 'GET', '/api/v1/scaling/policies/vigil');
    expect([after.minReplicas, after.maxReplicas, after.updatedAt]).toEqual([before.minReplicas, before.maxReplicas, before.updatedAt]);
    await page.close();
  });

  it('replays the last hour with a proposed maximum of 5 replicas and shows both policies side by side', async () => {
    const stored = await apiJson<ServiceScalingPolicy>(shared.apiUrl, 'GET', '/api/v1/scaling/policies/vigil');
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/scaling`);
    const form = page.getByRole('form', { name: 'Simulate a policy' });
    await form.getByLabel('Last 1 hour', { exact: true }).check();
    await form.getByLabel('Maximum replicas', { exact: true }).fill('5');
    const answered = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/scaling/simulate' && response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Simulate', exact: true }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const simulation = (await response.json()) as ScalingSimulation;

    const table = page.getByTestId('scaling-simulation-comparison');
    await table.waitFor();
    const rowOf = (name: RegExp) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
    expect(await rowOf(/^Current policy/).count()).toBe(1);
    expect(await rowOf(/^Proposed policy/).count()).toBe(1);
    // The test API is minutes old: most of the hour has no history, but every step has a count.
    expect(simulation.proposed.maxReplicas).toBe(5);
    expect(simulation.current.maxReplicas).toBe(stored.maxReplicas);
    expect(simulation.proposed.timeline.length).toBeGreaterThan(0);
    expect(simulation.proposed.timeline.filter((point) => point.replicas > 5)).toEqual([]);
    const proposedPeak = await rowOf(/^Proposed policy/).locator('td[data-label="Most replicas"]').textContent();
    expect(Number(proposedPeak)).toBeLessThanOrEqual(5);
    await page.getByTestId('scaling-simulation').getByRole('img', { name: /^Replicas of vigil with the current and the proposed policy/ }).waitFor();
    await page.close();
  });

  it('lists the instances in the load-balancer table, for the window chosen', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/scaling`);
    const table = page.getByTestId('scaling-load-balancer');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Window', { exact: true }).selectOption('15m');
    await page.getByRole('table', { name: /in the last 15m$/ }).locator('tbody tr').first().waitFor();
    await page.close();
  });

  it('forecasts the mean CPU over the last hour against the scale-up bound, as a chart or as no crossing', async () => {
    const stored = await apiJson<ServiceScalingPolicy>(shared.apiUrl, 'GET', '/api/v1/scaling/policies/vigil');
    const cpu = stored.metrics.find((metric) => metric.name === 'cpu');
    if (!cpu) throw new Error('the policy of vigil has no cpu metric');
    // The test API is minutes old: most of the hour has no history; wait until it has a point to draw.
    await eventually(async () => {
      const forecast = await apiJson<ScalingForecast>(shared.apiUrl, 'GET', '/api/v1/scaling/forecast?service=vigil&metric=cpu&window=1h');
      return (forecast.mean?.points.length ?? 0) > 0 ? forecast : undefined;
    }, 30_000);

    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/scaling`);
    const form = page.getByRole('form', { name: 'Forecast a metric' });
    await form.getByLabel('Metric', { exact: true }).selectOption('cpu');
    const answered = page.waitForResponse((response) => {
      const url = new URL(response.url());
      const isForecast = url.pathname === '/api/v1/scaling/forecast' && response.request().method() === 'GET';
      return isForecast && url.searchParams.get('metric') === 'cpu' && url.searchParams.get('window') === '1h';
    });
    await form.getByLabel('History window', { exact: true }).selectOption('1h');
    const response = await answered;
    expect(response.status()).toBe(200);
    const forecast = (await response.json()) as ScalingForecast;
    expect([forecast.metric, forecast.direction, forecast.horizonSeconds]).toEqual(['cpu', 'above', 7 * 86_400]);
    expect(Date.parse(forecast.at) - Date.parse(forecast.from)).toBe(3_600_000);
    expect(forecast.threshold).toBeCloseTo(bandOf(cpu).up, 12);

    const result = page.getByTestId('scaling-forecast');
    // The answer on screen is the hour's, not the 6 hours' that stays up while it loads.
    await result.getByText(/^Fitted 1h of /).waitFor();
    const chart = result.getByRole('img', { name: /^Forecast of cpu for vigil/ });
    const noCrossing = result.getByText(/no crossing within 7 days/);
    await chart.or(noCrossing).first().waitFor();
    await page.close();
  });
});
