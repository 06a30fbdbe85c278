import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

/**
 * The real API's health report with one field of the wrong type, as an API of another
 * version might send it. Rewritten in this tab only, so the shared servers stay as they are.
 */
async function answerHealthWithTextScore(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/api/v1/health',
    async (route) => {
      const response = await route.fetch();
      const report = (await response.json()) as { score: { value: unknown } };
      await route.fulfill({ response, json: { ...report, score: { ...report.score, value: 'high' } } });
    },
  );
}

describeInBrowser('API contract mismatch', () => {
  const shared = useSharedBrowser();

  it('names the route and the field at fault instead of calling the API unreachable', async () => {
    const page = await shared.newPage();
    await answerHealthWithTextScore(page);
    await page.goto(`${shared.webUrl}/`);

    const banner = page.getByTestId('api-status-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('data-kind')).toBe('contract');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('The API answered in a shape this page does not understand');
    expect(text).toContain('GET /api/v1/health score.value: must be a finite number. The API and the page may be different versions.');
    expect(text).not.toContain('Cannot reach');
    // The panel that reads the report says the same where its figures would be.
    await page.getByText('Overall status could not be loaded.').waitFor();
    await page.close();
  });
});
