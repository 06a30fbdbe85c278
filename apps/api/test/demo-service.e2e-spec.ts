import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TARGET_DEFAULTS, type CpuProfileAnalysis, type ErrorBody, type HealthHistoryPage, type HealthUptimeReport, type MetricQueryResult, type ProfilingSession, type ProfilingSessionPage, type RecommendationReport, type ScrapeTarget } from '@vigil/types';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';

const DEMO_MAIN = join(__dirname, '..', '..', 'demo', 'dist', 'main.js');
const TOKEN = 'demo-agent-token-0123456789';
const INTERVAL_MS = 15_000;

/**
 * The whole path a user's own service takes: the built demo (a NestJS app importing
 * @vigil/nestjs) registers with the built API by heartbeat with the agent token; the API
 * scrapes it, so its request histogram is stored under `service="demo"`, and profiles it
 * through its agent's control routes.
 */
describe('the demo service, registered, scraped and profiled by the API', () => {
  let dataDir: string;
  let api: ApiProcess;
  let demo: ChildProcess;
  let demoOutput = '';
  let demoUrl: string;

  beforeAll(async () => {
    if (!existsSync(DEMO_MAIN)) throw new Error(`${DEMO_MAIN} is missing: run "npm run build" first`);
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-demo-scraped-'));
    const [apiPort, demoPort] = [await freePort(), await freePort()];
    api = startApiProcess({ PORT: String(apiPort), DATA_DIR: dataDir, SHUTDOWN_DRAIN_MS: '0', AGENT_TOKEN: TOKEN });
    await waitForStatus(`${api.baseUrl}/health/ready`, 200, 60_000);
    demoUrl = `http://127.0.0.1:${demoPort}`;
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

  async function send<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: (res.status === 204 ? undefined : await res.json()) as T };
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

  it("records the demo's readiness probe with each scrape, so the service has uptime per instance", async () => {
    const [target] = await get<ScrapeTarget[]>('/api/v1/targets?service=demo');
    const history = await get<HealthHistoryPage>(`/api/v1/health/history?${new URLSearchParams({ component: 'service:demo', instance: target!.instance })}`);
    expect(history.items.length).toBeGreaterThan(0);
    expect(history.items[0]).toMatchObject({ status: 'up', message: 'readiness HTTP 200', isCritical: false });
    const uptime = await get<HealthUptimeReport>('/api/v1/health/uptime?component=service:demo');
    expect(uptime.components.map((component) => component.component)).toEqual(['service:demo']);
  });

  describe('profiling the demo through its agent', () => {
    let target: ScrapeTarget;
    beforeAll(async () => {
      target = await until(
        'the demo target',
        async () => (await get<ScrapeTarget[]>('/api/v1/targets?service=demo'))[0],
        60_000,
      );
    });

    async function waitUntilStopped(id: string): Promise<ProfilingSession> {
      return until(
        `session ${id} stopped`,
        async () => {
          const session = await get<ProfilingSession>(`/api/v1/profiler/sessions/${id}`);
          return session.status === 'running' ? undefined : session;
        },
        30_000,
      );
    }

    it('takes a CPU profile inside the demo, downloads it, and finds the prime search as its hot function', async () => {
      const started = await send<ProfilingSession>('POST', '/api/v1/profiler/sessions', { type: 'cpu', durationMs: 1_500, target: target.id, label: 'primes' });
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({
        type: 'cpu',
        status: 'running',
        label: 'primes',
        plannedDurationMs: 1_500,
        target: { id: target.id, service: 'demo', instance: target.instance, remoteSessionId: expect.any(String) },
      });
      // Work for the profiler to see, in the demo's process.
      for (let i = 0; i < 4; i += 1) await fetch(`${demoUrl}/primes?limit=500000`, { signal: AbortSignal.timeout(10_000) });

      const done = await waitUntilStopped(started.body.id);
      expect(done).toMatchObject({ status: 'completed', reason: null, artifact: { contentType: 'application/json', bytes: expect.any(Number) } });
      const artifact = await fetch(`${api.baseUrl}/api/v1/profiler/sessions/${done.id}/artifact`, { signal: AbortSignal.timeout(30_000) });
      expect(artifact.status).toBe(200);
      const profile = (await artifact.json()) as { nodes: unknown[]; samples: unknown[] };
      expect(Buffer.byteLength(JSON.stringify(profile))).toBeGreaterThan(0);
      expect(profile.nodes.length).toBeGreaterThan(0);

      const analysis = await get<CpuProfileAnalysis>(`/api/v1/profiler/sessions/${done.id}/analysis?top=5`);
      // The trial division is among the top functions (V8 may inline isPrime into its caller).
      const busy = analysis.topSelf.find((frame) => /^(isPrime|computeDemoPrimes)$/.test(frame.name));
      expect(busy?.url).toMatch(/apps\/demo\/dist\/primes\.js$/);

      // The API's own advice reads the API's own profiles, never the demo's.
      const advice = await get<RecommendationReport>('/api/v1/profiler/recommendations');
      expect(advice.basedOn.cpuSessionId).not.toBe(done.id);

      const ofTarget = await get<ProfilingSessionPage>(`/api/v1/profiler/sessions?target=${target.id}`);
      expect(ofTarget.items.map((session) => session.id)).toContain(done.id);
      expect(ofTarget.items.every((session) => session.target?.id === target.id)).toBe(true);
    }, 60_000);

    it('stops a heap-sampling profile early, keeps the artifact, and reports the agent refusing a second CPU profile', async () => {
      const first = await send<ProfilingSession>('POST', '/api/v1/profiler/sessions', { type: 'cpu', durationMs: 60_000, target: target.id });
      expect(first.status).toBe(201);
      const second = await send<ErrorBody>('POST', '/api/v1/profiler/sessions', { type: 'cpu', target: target.id });
      expect(second.status).toBe(409);
      expect(second.body.message).toMatch(/^the agent refused: /);
      const stopped = await send<ProfilingSession>('POST', `/api/v1/profiler/sessions/${first.body.id}/stop`);
      expect(stopped.status).toBe(200);
      expect(stopped.body).toMatchObject({ status: 'completed', artifact: { bytes: expect.any(Number) } });
      expect(stopped.body.durationMs).toBeLessThan(60_000);

      const heap = await send<ProfilingSession>('POST', '/api/v1/profiler/sessions', { type: 'heap-sampling', durationMs: 60_000, target: target.id });
      expect(heap.status).toBe(201);
      const heapStopped = await send<ProfilingSession>('POST', `/api/v1/profiler/sessions/${heap.body.id}/stop`);
      expect(heapStopped.body).toMatchObject({ type: 'heap-sampling', status: 'completed', artifact: { bytes: expect.any(Number) } });
    }, 60_000);

    it("answers a wrong agent token with a 401 and starts nothing in the demo's process", async () => {
      const control = target.agent!.controlUrl!;
      const wrong = await fetch(`${control}/profiler/sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer not-the-agent-token-at-all', 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'cpu' }),
        signal: AbortSignal.timeout(10_000),
      });
      expect(wrong.status).toBe(401);
      const status = await fetch(`${control}/profiler`, { headers: { authorization: `Bearer ${TOKEN}` }, signal: AbortSignal.timeout(10_000) });
      expect(((await status.json()) as { running: unknown }).running).toBeNull();
    });

    it('refuses an unknown target, a target without an agent and a bad input, writing no session', async () => {
      const before = (await get<ProfilingSessionPage>('/api/v1/profiler/sessions')).total;
      const unknown = await send<ErrorBody>('POST', '/api/v1/profiler/sessions', { type: 'cpu', target: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toBe('target: no scrape target "00000000-0000-4000-8000-000000000000"');

      const plain = await send<ScrapeTarget>('POST', '/api/v1/targets', { service: 'plain', url: 'http://127.0.0.1:9/metrics' });
      expect(plain.status).toBe(201);
      const noAgent = await send<ErrorBody>('POST', '/api/v1/profiler/sessions', { type: 'cpu', target: plain.body.id });
      expect(noAgent.status).toBe(409);
      expect(noAgent.body.message).toBe(`target "${plain.body.id}" (plain/127.0.0.1:9) cannot be profiled remotely: it is a target of source "api", not registered by an agent`);

      const bad = await send<ErrorBody>('POST', '/api/v1/profiler/sessions', { type: 'cpu', target: target.id, durationMs: 0 });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/durationMs/);
      expect((await get<ProfilingSessionPage>('/api/v1/profiler/sessions')).total).toBe(before);
    });
  });
});
