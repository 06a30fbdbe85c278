import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { launchBrowser, type Browser } from './support/chromium';
import { startStack, type Stack } from './support/servers';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

// Its own servers: stopping the shared API would break the other files.
describeInBrowser('API unreachable', () => {
  let browser: Browser;
  let stack: Stack;

  beforeAll(async () => {
    [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  it('keeps the last figures and shows the unreachable banner once the API stops', async () => {
    const page = await browser.context.newPage();
    // The shortest auto-refresh, so the failure shows within seconds.
    await page.addInitScript(() => window.localStorage.setItem('vigil.refreshSeconds', '10'));
    await page.goto(`${stack.webUrl}/`);
    await page.getByTestId('overall-status').waitFor();
    expect(await page.getByTestId('api-status-banner').count()).toBe(0);

    await stack.stopApi();

    const banner = page.getByTestId('api-status-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toContain(`Cannot reach the Vigil API at ${stack.apiUrl}`);
    // The last answer stays on screen, marked stale.
    expect(await page.getByTestId('overall-status').isVisible()).toBe(true);
    await page.getByText('stale').first().waitFor();
    await page.close();
  });
});
