import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS, sharedStack } from './support/browser-env';
import { launchBrowser, type Browser } from './support/chromium';
import { describeInBrowser } from './support/describe-in-browser';
import type { DemoService } from './support/demo-service';
import { startMetricsExporter, type MetricsExporter } from './support/metrics-exporter';
import { seedForScreenshots } from './support/seed';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS * 2);

const WIDTHS = [390, 1440] as const;
const PAGES = [
  ['overview', '/'],
  ['system', '/system'],
  ['application', '/application'],
  ['health', '/health'],
  ['instances', '/instances'],
  ['target-form', '/instances'],
  ['alerts', '/alerts'],
  ['alert-rules', '/alerts/rules'],
  ['silences', '/alerts/silences'],
  ['channels', '/alerts/channels'],
  ['channel-form', '/alerts/channels'],
  ['escalation', '/alerts/escalation'],
  ['profiling', '/profiling'],
  ['scaling', '/scaling'],
  ['settings', '/settings'],
] as const;

// Committed screenshots change only on request (UPDATE_SCREENSHOTS=1); otherwise they go to a temp dir.
const outputDir =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? resolve(__dirname, '../../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'vigil-screenshots-'));

/** Controls a screen reader cannot name: inputs without a label, buttons and links without text. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (element: Element) =>
      Boolean(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') || element.textContent?.trim());
    const fields = [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea')].filter(
      (field) => (field.labels?.length ?? 0) === 0 && !named(field),
    );
    const actions = [...document.querySelectorAll('button, a[href]')].filter((action) => !named(action));
    return [...fields, ...actions].map((element) => element.outerHTML.slice(0, 120));
  });
}

/** Loaded means no skeleton left and the charts drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.skeleton, [aria-busy="true"]'), null, { timeout: 20_000 });
}

describeInBrowser('Every page at 390 px and 1440 px', () => {
  let browser: Browser;
  let webUrl: string;
  let alertId: string;
  let targetId: string;
  // Scraped by the API for the Instances pages while they are taken.
  let exporter: MetricsExporter | undefined;
  // Registered by its agent, so the Instances and Profiling pages show a profilable service.
  let demo: DemoService | undefined;

  beforeAll(async () => {
    const stack = sharedStack();
    webUrl = stack.webUrl;
    exporter = await startMetricsExporter();
    [browser, { alertId, targetId, demo }] = await Promise.all([launchBrowser(), seedForScreenshots(stack.apiUrl, exporter.url)]);
    mkdirSync(outputDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await exporter?.close();
    await demo?.stop();
  });

  it('renders each page without an error, a page-wide horizontal scroll, an unnamed control or a skeleton left behind', async () => {
    const pages: (readonly [string, string])[] = [...PAGES, ['alert-detail', `/alerts/${alertId}`], ['instance-detail', `/instances/${targetId}`]];
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of pages) {
        await page.goto(`${webUrl}${path}`);
        if (name === 'target-form') {
          await page.getByRole('button', { name: 'Add target' }).click();
        }
        if (name === 'instance-detail') {
          // Its range picker comes with the target's answer.
          await page.getByRole('radio', { name: '15 min' }).waitFor();
        }
        // The test API is minutes old: the shortest range shows its history best.
        const shortRange = page.getByRole('radio', { name: '15 min' });
        if ((await shortRange.count()) > 0) await shortRange.check();
        if (name === 'profiling') {
          // Show what an analysis looks like, not only the list.
          await page.getByRole('button', { name: 'Analyse' }).first().click();
        }
        if (name === 'channel-form') {
          // The form as it opens for an edit: a stored secret shows as set and hidden.
          await page.getByRole('button', { name: /^Edit / }).first().click();
        }
        await settle(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        // The page itself never scrolls sideways; wide tables scroll inside their own box.
        expect({ name, width, overflowPx: scrollWidth - width }).toEqual({ name, width, overflowPx: 0 });
        expect({ name, unnamed: await unnamedControls(page) }).toEqual({ name, unnamed: [] });
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
      }
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
