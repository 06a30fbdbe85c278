import type { ServiceScalingPolicy } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { apiJson } from './support/api-calls';
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
});
