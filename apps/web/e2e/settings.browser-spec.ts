import type { Setting } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { apiJson } from './support/api-calls';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const KEY = 'ui.serviceName';

describeInBrowser('Settings', () => {
  const shared = useSharedBrowser();

  it('saves a setting in the API and resets it to the default', async () => {
    const serviceName = `checkout-${Date.now()}`;
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/settings`);
    const form = page.getByRole('form', { name: KEY });
    await form.getByLabel('New value').fill(serviceName);
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').getByText('Saved.').waitFor();

    const saved = await apiJson<Setting>(shared.apiUrl, 'GET', `/api/v1/config/${KEY}`);
    expect(saved).toMatchObject({ value: serviceName, isDefault: false });

    await form.getByRole('button', { name: 'Reset to default' }).click();
    await form.getByRole('status').getByText('Reset to the default.').waitFor();
    const reset = await apiJson<Setting>(shared.apiUrl, 'GET', `/api/v1/config/${KEY}`);
    expect(reset).toMatchObject({ value: reset.definition.default, isDefault: true });
    expect(await form.getByLabel('New value').inputValue()).toBe(String(reset.definition.default));
    await page.close();
  });
});
