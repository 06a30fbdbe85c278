import { AgentProfilerStatus, ErrorBody, ProcessProfilingSession } from '@vigil/types';
import { ADAPTERS, bearer, startApp, type TestApp } from './support/test-app.js';

const TOKEN = 'agent-token';
const messageOf = async (response: Response) => ErrorBody.parse(await response.json()).message;

describe.each(ADAPTERS)('remote profiling on %s', (adapter) => {
  let t: TestApp;
  const control = (path: string, init: RequestInit = {}, token = TOKEN) =>
    fetch(`${t.url}/vigil/profiler${path}`, {
      ...init,
      headers: { ...bearer(token), ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
  const start = (body: object, token = TOKEN) => control('/sessions', { method: 'POST', body: JSON.stringify(body) }, token);
  const status = async () => AgentProfilerStatus.parse(await (await control('')).json());

  beforeAll(async () => {
    t = await startApp(adapter, {
      service: 'shop',
      token: TOKEN,
      probes: { drainDelayMs: 0 },
      // Far more than any machine has: every heap snapshot is refused, and none is taken.
      profiler: { maxDurationMs: 60_000, snapshotHeadroomFactor: 1e9 },
    });
  });
  afterAll(() => t.close());

  it('refuses a wrong or missing token with 401 and starts nothing', async () => {
    const wrong = await start({ type: 'cpu' }, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="vigil"');
    expect((await fetch(`${t.url}/vigil/profiler/sessions`, { method: 'POST' })).status).toBe(401);
    expect((await control('', {}, 'not-the-token')).status).toBe(401);
    const now = await status();
    expect(now.running).toBeNull();
    expect(now.sessions).toEqual([]);
  });

  it('takes a CPU profile between start and stop, refuses a second start meanwhile, and serves a valid .cpuprofile', async () => {
    const started = await start({ type: 'cpu', durationMs: 30_000 });
    expect(started.status).toBe(201);
    const session = ProcessProfilingSession.parse(await started.json());
    expect(session).toMatchObject({ type: 'cpu', status: 'running', plannedDurationMs: 30_000, instance: expect.any(String) });

    const second = await start({ type: 'heap-sampling' });
    expect(second.status).toBe(409);
    expect(await messageOf(second)).toContain(session.id);
    expect((await status()).running?.id).toBe(session.id);

    for (let i = 0; i < 20; i++) await (await fetch(`${t.url}/items/${i}`)).arrayBuffer();
    const stopped = await control(`/sessions/${session.id}/stop`, { method: 'POST' });
    expect(stopped.status).toBe(200);
    const done = ProcessProfilingSession.parse(await stopped.json());
    expect(done).toMatchObject({ status: 'completed', artifact: { fileName: `${session.id}.cpuprofile`, contentType: 'application/json' } });

    const download = await control(`/sessions/${session.id}/artifact`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${session.id}.cpuprofile"`);
    const profile = (await download.json()) as { nodes: unknown[]; samples: number[]; startTime: number; endTime: number };
    expect(profile.nodes.length).toBeGreaterThan(0);
    expect(Array.isArray(profile.samples)).toBe(true);
    expect(profile.endTime).toBeGreaterThanOrEqual(profile.startTime);
    expect(Number(download.headers.get('content-length'))).toBe(done.artifact?.bytes);
  });

  it('stops a profile by itself at its duration', async () => {
    const started = ProcessProfilingSession.parse(await (await start({ type: 'heap-sampling', durationMs: 20 })).json());
    let session = started;
    for (let attempt = 0; attempt < 200 && session.status === 'running'; attempt++) {
      session = ProcessProfilingSession.parse(await (await control(`/sessions/${started.id}`)).json());
    }
    expect(session).toMatchObject({ status: 'completed', artifact: { fileName: `${started.id}.heapprofile` } });
    const profile = (await (await control(`/sessions/${started.id}/artifact`)).json()) as { head: unknown };
    expect(profile.head).toBeDefined();
  });

  it('refuses a duration over the maximum and fields of another type with 400, naming them', async () => {
    const tooLong = await start({ type: 'cpu', durationMs: 60_001 });
    expect(tooLong.status).toBe(400);
    expect(await messageOf(tooLong)).toContain('durationMs must be at most 60000');
    const mixed = await start({ type: 'heap-snapshot', samplingIntervalUs: 100 });
    expect(await messageOf(mixed)).toContain('samplingIntervalUs applies to cpu sessions only');
    expect((await start({ type: 'flame' })).status).toBe(400);
  });

  it('refuses a heap snapshot when memory is short, saying why, and takes nothing', async () => {
    const refused = await start({ type: 'heap-snapshot' });
    expect(refused.status).toBe(409);
    expect(await messageOf(refused)).toMatch(/^heap snapshot refused: it needs about 1000000000 times the used heap/);
    expect((await status()).running).toBeNull();
  });

  it('answers 404 for an unknown session', async () => {
    expect((await control('/sessions/7d1f5e2c-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe.each(ADAPTERS)('profiler guard rails on %s', (adapter) => {
  it('fails a session whose artifact goes over the size cap, keeping nothing', async () => {
    const t = await startApp(adapter, { service: 'shop', token: TOKEN, probes: { drainDelayMs: 0 }, profiler: { maxArtifactBytes: 64 } });
    try {
      const headers = { ...bearer(TOKEN), 'content-type': 'application/json' };
      const started = await fetch(`${t.url}/vigil/profiler/sessions`, { method: 'POST', headers, body: '{"type":"cpu"}' });
      const { id } = ProcessProfilingSession.parse(await started.json());
      const stopped = ProcessProfilingSession.parse(await (await fetch(`${t.url}/vigil/profiler/sessions/${id}/stop`, { method: 'POST', headers: bearer(TOKEN) })).json());
      expect(stopped).toMatchObject({ status: 'failed', artifact: null, reason: expect.stringContaining('over profiler.maxArtifactBytes (64)') });
      expect((await fetch(`${t.url}/vigil/profiler/sessions/${id}/artifact`, { headers: bearer(TOKEN) })).status).toBe(409);
    } finally {
      await t.close();
    }
  });

  it('keeps only the newest artifacts and serves no control endpoint without a token', async () => {
    const t = await startApp(adapter, { service: 'shop', token: TOKEN, probes: { drainDelayMs: 0 }, profiler: { keptArtifacts: 1, prefix: '/ops/' } });
    const open = await startApp(adapter, { service: 'shop', probes: { drainDelayMs: 0 } });
    try {
      const headers = { ...bearer(TOKEN), 'content-type': 'application/json' };
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const started = await fetch(`${t.url}/ops/profiler/sessions`, { method: 'POST', headers, body: '{"type":"cpu"}' });
        const { id } = ProcessProfilingSession.parse(await started.json());
        await (await fetch(`${t.url}/ops/profiler/sessions/${id}/stop`, { method: 'POST', headers: bearer(TOKEN) })).arrayBuffer();
        ids.push(id);
      }
      const first = await fetch(`${t.url}/ops/profiler/sessions/${ids[0]}/artifact`, { headers: bearer(TOKEN) });
      expect(first.status).toBe(410);
      expect(await messageOf(first)).toContain('only the 1 newest are kept');
      expect((await fetch(`${t.url}/ops/profiler/sessions/${ids[1]}/artifact`, { headers: bearer(TOKEN) })).status).toBe(200);
      expect((await fetch(`${open.url}/vigil/profiler`)).status).toBe(404);
    } finally {
      await Promise.all([t.close(), open.close()]);
    }
    // Two apps and two CPU profiles: on two busy cores beside the other projects this needs more than the default.
  }, 90_000);
});
