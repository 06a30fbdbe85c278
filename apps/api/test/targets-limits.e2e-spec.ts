import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScrapeTarget } from '@vigil/types';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';
import { FakeExporter } from './support/fake-exporter.js';

const MIB = 1024 * 1024;
/** What the scrapes of hostile targets may add to the server's resident memory: the body cap (10 MiB) a few times over, and then some. */
const RSS_BOUND_BYTES = 150 * MIB;

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1]) * 1024;
}

/**
 * Targets that answer too much, against the built API in its own process so that its
 * memory is its own: a 12 MB body, a gzip body that decodes to 100 MB, and 200,000
 * series. Each fails its scrape on the limit with the limit named, scrape after scrape,
 * and the server's RSS stays within RSS_BOUND_BYTES of what it was before.
 */
describe('targets that answer too much', () => {
  const exporters = { huge: new FakeExporter(), bomb: new FakeExporter(), wide: new FakeExporter() };
  let dataDir: string;
  let api: ApiProcess;

  beforeAll(async () => {
    exporters.huge.answerWith({ body: `# TYPE filler gauge\n${'filler 1\n'.repeat(Math.ceil((12 * MIB) / 9))}` });
    exporters.bomb.answerWith({ body: `# TYPE filler gauge\n${'filler 1\n'.repeat(Math.ceil((100 * MIB) / 9))}`, gzip: true });
    exporters.wide.answerWith({ body: `# TYPE wide gauge\n${Array.from({ length: 200_000 }, (_, i) => `wide{i="${i}"} ${i}`).join('\n')}\n` });
    for (const exporter of Object.values(exporters)) await exporter.start();
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-target-limits-'));
    const targets = Object.entries(exporters).map(([service, exporter]) => ({ service, url: exporter.url, scrapeInterval: '2s', scrapeTimeout: '2s' }));
    api = startApiProcess({ PORT: String(await freePort()), DATA_DIR: dataDir, SHUTDOWN_DRAIN_MS: '0', SCRAPE_TARGETS: JSON.stringify(targets) });
    await waitForStatus(`${api.baseUrl}/health/ready`, 200, 60_000);
  }, 120_000);
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
    for (const exporter of Object.values(exporters)) await exporter.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const targets = async () =>
    (await (await fetch(`${api.baseUrl}/api/v1/targets`, { signal: AbortSignal.timeout(10_000) })).json()) as ScrapeTarget[];

  it('fails each scrape on its limit, naming it, and keeps the server within its memory bound', async () => {
    // The first scrapes settle the process (the parser, pools and caches warm up) before the baseline.
    const deadline = Date.now() + 30_000;
    while ((await targets()).some((target) => target.lastScrapeAt === null) && Date.now() < deadline) await sleep(200);
    const baseline = rssBytes(api.child.pid!);
    const scrapesBefore = (await targets()).map((target) => target.lastScrapeAt);

    let peak = baseline;
    for (let second = 0; second < 12; second += 1) {
      await sleep(1_000);
      peak = Math.max(peak, rssBytes(api.child.pid!));
    }
    const byService = Object.fromEntries((await targets()).map((target) => [target.service, target]));
    expect(Object.fromEntries(Object.entries(byService).map(([service, target]) => [service, [target.health, target.lastError]]))).toEqual({
      huge: ['down', 'body size limit exceeded: the response is larger than 10485760 bytes'],
      bomb: ['down', 'body size limit exceeded: the response is larger than 10485760 bytes'],
      wide: ['down', 'sample limit exceeded: the target exposed 200000 samples, its sampleLimit is 50000'],
    });
    // Scraped again and again over the window, not once.
    expect((await targets()).map((target) => target.lastScrapeAt)).not.toEqual(scrapesBefore);
    expect(peak - baseline).toBeLessThan(RSS_BOUND_BYTES);
  }, 90_000);
});
