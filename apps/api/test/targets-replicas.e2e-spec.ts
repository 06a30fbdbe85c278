import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScrapeTarget } from '@vigil/types';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';
import { FakeExporter } from './support/fake-exporter.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { testDatabaseKind } from './support/test-database.js';

const INTERVAL_MS = 2_000;
const EXPOSITION = '# TYPE jobs_total counter\njobs_total 1\n';

/** When each scrape reached the exporter (ms, this process' clock). */
function scrapeTimes(exporter: FakeExporter, since: number): number[] {
  return exporter.requestTimes.filter((at) => at >= since);
}

/**
 * Two API processes on one real PostgreSQL share a target by its lease: it is scraped
 * once per interval, not twice, and when the replica holding it is killed, the other
 * takes it over within two intervals. (PGlite serves one process, so this runs against
 * a PostgreSQL server only.)
 */
(testDatabaseKind() === 'postgres' ? describe : describe.skip)('a target shared by two replicas', () => {
  const exporter = new FakeExporter();
  let database: OwnDatabase;
  const dataDirs: string[] = [];
  const replicas = new Map<string, ApiProcess>();

  beforeAll(async () => {
    exporter.answerWith({ body: EXPOSITION });
    await exporter.start();
    database = await openOwnDatabase();
    const targets = JSON.stringify([{ service: 'shared', instance: 'shared-1', url: exporter.url, scrapeInterval: '2s', scrapeTimeout: '1s' }]);
    for (const name of ['replica-a', 'replica-b']) {
      const dataDir = await mkdtemp(join(tmpdir(), `vigil-${name}-`));
      dataDirs.push(dataDir);
      const api = startApiProcess({
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        INSTANCE_ID: name,
        SHUTDOWN_DRAIN_MS: '0',
        SCRAPE_TARGETS: targets,
      });
      replicas.set(name, api);
      // One at a time: the first runs the migrations.
      await waitForStatus(`${api.baseUrl}/health/ready`, 200, 60_000);
    }
  }, 150_000);
  afterAll(async () => {
    for (const api of replicas.values()) {
      if (api.child.exitCode === null && api.child.signalCode === null) {
        api.child.kill('SIGTERM');
        await api.exited;
      }
    }
    await exporter.stop();
    await database?.close();
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  const target = async (api: ApiProcess) =>
    ((await (await fetch(`${api.baseUrl}/api/v1/targets`, { signal: AbortSignal.timeout(10_000) })).json()) as ScrapeTarget[]).find(
      (candidate) => candidate.service === 'shared',
    )!;

  it('is scraped once per interval by one replica, and by the other within two intervals of killing it', async () => {
    const [a] = [...replicas.values()];
    const since = Date.now();
    await sleep(5 * INTERVAL_MS + 500);
    const together = scrapeTimes(exporter, since);
    // Five intervals, one scrape each: never two in one slot.
    expect(together.length).toBeGreaterThanOrEqual(5);
    expect(together.length).toBeLessThanOrEqual(6);
    const gaps = together.slice(1).map((at, i) => at - together[i]!);
    expect(gaps.every((gap) => gap > INTERVAL_MS * 0.5)).toBe(true);

    const holder = (await target(a!)).scrapedBy!;
    expect(['replica-a', 'replica-b']).toContain(holder);
    const other = holder === 'replica-a' ? 'replica-b' : 'replica-a';
    replicas.get(holder)!.child.kill('SIGKILL');
    await replicas.get(holder)!.exited;
    const killedAt = Date.now();

    await sleep(4 * INTERVAL_MS + 1_000);
    const after = scrapeTimes(exporter, killedAt);
    expect(after.length).toBeGreaterThanOrEqual(2);
    // The lease (two intervals) lapses, then the next tick of the survivor claims the target.
    expect(after[0]! - killedAt).toBeLessThanOrEqual(2 * INTERVAL_MS + 1_500);
    expect((await target(replicas.get(other)!)).scrapedBy).toBe(other);
  }, 60_000);
});
