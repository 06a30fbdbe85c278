import type { ProfilingSession, ProfilingSessionPage } from '@vigil/types';
import type { Page } from 'playwright-core';
import { apiJson, eventually } from './support/api-calls';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { startDemoService, type DemoService } from './support/demo-service';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const run = Date.now().toString(36);

/** The start form's process choice, once the targets list has offered it. */
async function chooseProcess(page: Page, label: string): Promise<void> {
  const form = page.getByTestId('start-profile-form');
  const select = form.getByLabel('Process', { exact: true });
  await select.locator('option', { hasText: label }).waitFor({ state: 'attached', timeout: 20_000 });
  await select.selectOption({ label });
}

async function startFromPage(page: Page, label: string, seconds: string): Promise<void> {
  await page.getByRole('radio', { name: 'CPU profile' }).check();
  await page.getByLabel('Duration (seconds)').fill(seconds);
  await page.getByLabel('Label (optional)').fill(label);
  await page.getByRole('button', { name: 'Start CPU profile' }).click();
}

/**
 * The page profiles a watched service: the built demo registers with the shared API through
 * its agent (same AGENT_TOKEN), and the profile runs inside the demo's process.
 */
describeInBrowser('Profiling another process', () => {
  const shared = useSharedBrowser();
  let demo: DemoService;
  let processLabel: string;

  beforeAll(async () => {
    demo = await startDemoService(shared.apiUrl);
    processLabel = `demo · ${demo.target.instance}`;
  }, 60_000);

  afterAll(() => demo?.stop());

  it('starts a CPU profile inside the demo service from the page, and lists it as taken there once it completes', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/profiling`);
    await chooseProcess(page, processLabel);
    const label = `remote ${run}`;
    await startFromPage(page, label, '2');
    await page.getByTestId('start-profile-form').getByRole('status').getByText(`CPU profile started in ${processLabel}.`).waitFor();

    const row = page.getByTestId('session-history').getByRole('row').filter({ hasText: label });
    await row.getByText('Completed').waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('session-process').textContent()).toBe(processLabel);

    // The API agrees: the session ran in the demo's process, and its artifact came back to the API's store.
    const { items } = await apiJson<ProfilingSessionPage>(shared.apiUrl, 'GET', `/api/v1/profiler/sessions?target=${demo.target.id}`);
    const session = items.find((item) => item.label === label);
    expect(session).toMatchObject({ status: 'completed', target: { id: demo.target.id, service: 'demo', instance: demo.target.instance } });
    expect(session?.artifact?.bytes).toBeGreaterThan(0);

    // Its analysis is read from the artifact the API keeps, like any other.
    await row.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('cpu-breakdown').waitFor();

    // Filtered by process: the demo's sessions only, then the API's own without it.
    const filter = page.getByLabel('Taken in');
    await filter.selectOption({ label: processLabel });
    await eventually(async () => {
      const cells = await page.getByTestId('session-process').allTextContents();
      return cells.length > 0 && cells.every((cell) => cell === processLabel) ? cells : undefined;
    });
    await filter.selectOption({ label: "the API's own process" });
    await row.waitFor({ state: 'detached' });

    // With demo picked in the header: its sessions only, and the form profiles it by default.
    await page.goto(`${shared.webUrl}/profiling?service=demo`);
    await row.getByText('Completed').waitFor();
    const cells = await page.getByTestId('session-process').allTextContents();
    expect(cells.every((cell) => cell.startsWith('demo · '))).toBe(true);
    const process = page.getByTestId('start-profile-form').getByLabel('Process', { exact: true });
    await eventually(async () => ((await process.inputValue()) === demo.target.id ? true : undefined));
    await page.close();
  });

  it("shows the agent's refusal next to the form when the demo is already being profiled", async () => {
    const busy = await apiJson<ProfilingSession>(shared.apiUrl, 'POST', '/api/v1/profiler/sessions', {
      type: 'cpu',
      durationMs: 60_000,
      target: demo.target.id,
      label: `busy ${run}`,
    });
    const page = await shared.newPage();
    try {
      await page.goto(`${shared.webUrl}/profiling`);
      await chooseProcess(page, processLabel);
      await startFromPage(page, `refused ${run}`, '2');
      const problem = page.getByTestId('start-profile-problem');
      await problem.waitFor();
      expect(await problem.textContent()).toMatch(/^the agent refused: a profiling session is already running/);
    } finally {
      await apiJson(shared.apiUrl, 'POST', `/api/v1/profiler/sessions/${busy.id}/stop`);
      await page.close();
    }
  });

  it('says so next to the form when the agent cannot be reached', async () => {
    // Its target keeps its control URL until the API forgets silent agents, minutes later.
    await demo.stopProcess();
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/profiling`);
    await chooseProcess(page, processLabel);
    await startFromPage(page, `unreachable ${run}`, '2');
    const problem = page.getByTestId('start-profile-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/could not be reached/);
    await page.close();
  });
});
