import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TARGET_DEFAULTS, type MetricQueryResult, type ScrapeTarget } from '@vigil/types';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';

const DEMO_MAIN = join(__dirname, '..', '..', 'demo', 'dist', 'main.js');
const TOKEN = 'demo-agent-token-0123456789';
const INTERVAL_MS = 15_000;

/**
 * The whole path a user's own service takes: the built demo (a NestJS app importing
 * @vigil/nestjs) registers with the built API by heartbeat with the agent token, and the
 * API scrapes it, so its request histogram is stored under `service="demo"`.
 */
describe('the demo service, registered and scraped by the API', () => {
  let dataDir: string;
  let api: ApiProcess;
  let demo: ChildProcess;
  let demoOutput = '';

  beforeAll(async () => {
    if (!existsSync(DEMO_MAIN)) throw new Error(`${DEMO_MAIN} is missing: run "npm run build" first`);
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-demo-scraped-'));
    const [apiPort, demoPort] = [await freePort(), await freePort()];
    api = startApiProcess({ PORT: String(apiPort), DATA_DIR: dataDir, SHUTDOWN_DRAIN_MS: '0', AGENT_TOKEN: TOKEN });
    await waitForStatus(`${api.baseUrl}/health/ready`, 200, 60_000);
    demo = spawn(process.execPath, [DEMO_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(demoPort),
        VIGIL_SERVER_URL: api.baseUrl,
        VIGIL_AGENT_TOKEN: TOKEN,
        DEMO_TRAFFIC_PER_SECOND: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    demo.stdout?.on('data', (chunk: Buffer) => (demoOutput += chunk.toString()));
    demo.stderr?.on('data', (chunk: Buffer) => (demoOutput += chunk.toString()));
  }, 90_000);
  afterAll(async () => {
    for (const child of [demo, api?.child]) {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  async function get<T>(path: string): Promise<T> {
    const res = await fetch(`${api.baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms\nAPI:\n${api.output()}\ndemo:\n${demoOutput}`);
      await sleep(250);
    }
  }

  it('lists the demo as an agent target that is up, and stores its request histogram within two scrape intervals', async () => {
    const target = await until(
      'an up demo target',
      async () => (await get<ScrapeTarget[]>('/api/v1/targets?service=demo')).find((candidate) => candidate.health === 'up'),
      60_000,
    );
    expect(target).toMatchObject({
      service: 'demo',
      source: 'agent',
      scrapeInterval: TARGET_DEFAULTS.scrapeInterval,
      lastError: null,
      agent: { version: '0.1.0', controlUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/vigil$/) },
    });
    expect(target.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const requests = await until(
      'stored demo requests',
      async () => {
        const query = new URLSearchParams({ name: 'http_server_request_duration_seconds', fn: 'increase', labels: 'service=demo', from: target.createdAt });
        const result = await get<MetricQueryResult>(`/api/v1/metrics/query?${query}`);
        return result.series.length > 0 ? result : undefined;
      },
      2 * INTERVAL_MS,
    );
    // Every series carries the target labels; the routes are the demo's templates.
    const routes = new Set(requests.series.map((series) => series.labels.http_route));
    expect(requests.series.every((series) => series.labels.service === 'demo' && series.labels.instance === target.instance)).toBe(true);
    expect([...routes].every((route) => ['/orders', '/orders/:id', '/checkout', '/reports/slow', '/primes'].includes(route ?? ''))).toBe(true);

    const up = await get<MetricQueryResult>(`/api/v1/metrics/query?${new URLSearchParams({ name: 'up', fn: 'min', labels: 'service=demo', from: target.createdAt })}`);
    const firstUp = up.series[0]?.points[0];
    expect(firstUp?.[1]).toBe(1);
    // The first scrape comes within two intervals of the registration.
    expect(firstUp![0] - Date.parse(target.createdAt)).toBeLessThanOrEqual(2 * INTERVAL_MS);
  }, 120_000);
});
