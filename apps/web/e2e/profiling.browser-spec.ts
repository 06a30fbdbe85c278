import { readFileSync } from 'node:fs';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

describeInBrowser('Profiling', () => {
  const shared = useSharedBrowser();

  it('starts and stops a CPU profile and downloads its artifact', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/profiling`);

    await page.getByRole('radio', { name: 'CPU profile' }).check();
    await page.getByLabel('Duration (seconds)').fill('120');
    await page.getByLabel('Label (optional)').fill('browser test');
    await page.getByRole('button', { name: 'Start CPU profile' }).click();

    const running = page.getByTestId('running-session');
    await running.waitFor();
    expect(await running.textContent()).toContain('browser test');
    await running.getByRole('button', { name: 'Stop and keep profile' }).click();
    await running.waitFor({ state: 'detached' });

    const row = page.getByTestId('session-history').getByRole('row').filter({ hasText: 'browser test' });
    await row.getByText('Completed').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /Download/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.cpuprofile$/);
    const path = await download.path();
    const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes?: unknown[]; samples?: unknown[] };
    expect(Array.isArray(profile.nodes)).toBe(true);

    await row.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('cpu-breakdown').waitFor();
    expect(await page.getByTestId('cpu-breakdown').textContent()).toContain('Garbage collection');
    await page.close();
  });
});
