import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';
import { scriptFigures, sinceNavigation } from './support/page-figures';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

async function gaugeText(page: Page, title: string): Promise<string> {
  return (await page.getByRole('article', { name: title }).getByTestId('gauge-value').textContent()) ?? '';
}

describeInBrowser('Overview', () => {
  const shared = useSharedBrowser();

  it('shows the overall status, live gauges and the reporting instance', async () => {
    const page = await shared.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${shared.webUrl}/`);
    await page.getByTestId('overall-status').waitFor();
    await page.waitForFunction(() => {
      const value = document.querySelector('[aria-label="CPU"] [data-testid="gauge-value"]')?.textContent ?? '';
      return /\d/.test(value);
    });
    const liveAfterMs = await sinceNavigation(page);

    expect(await page.getByTestId('overall-status').textContent()).toMatch(/All components up|Degraded|Down/);
    expect(await gaugeText(page, 'CPU')).toMatch(/^\d+(\.\d+)? %$/);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[aria-label="Memory"] [data-testid="gauge-value"]')?.textContent ?? ''));
    expect(await gaugeText(page, 'Memory')).toMatch(/%$/);
    await page.getByTestId('instances-table').getByText('Reporting', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);

    const scripts = await scriptFigures(page);
    // Printed on purpose: the page's weight and speed are figures to watch, not pass/fail.
    // eslint-disable-next-line no-console
    console.log(
      `Overview: live data ${Math.round(liveAfterMs)} ms after navigation; ` +
        `${scripts.files} JS files, ${(scripts.transferBytes / 1024).toFixed(1)} KiB transferred (gzip), ` +
        `${(scripts.decodedBytes / 1024).toFixed(1)} KiB decoded`,
    );
    await page.close();
  });

  it('remembers the auto-refresh choice in this browser', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/`);
    await page.getByLabel('Auto-refresh').selectOption('10');
    await page.reload();
    await page.getByTestId('overall-status').waitFor();
    expect(await page.getByLabel('Auto-refresh').inputValue()).toBe('10');
    await page.getByLabel('Auto-refresh').selectOption('30');
    await page.close();
  });
});
