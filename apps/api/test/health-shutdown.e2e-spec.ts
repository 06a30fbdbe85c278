import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, startApiProcess, waitForStatus } from './support/api-process.js';
import { testDatabaseUrl } from './support/test-database.js';

interface Observation {
  atMs: number;
  ready: number | 'refused';
  readyMessage?: string;
  live: number | 'refused';
}

async function probe(url: string): Promise<{ status: number | 'refused'; message?: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    const body = (await res.json()) as { message?: string };
    return { status: res.status, message: body.message };
  } catch {
    return { status: 'refused' };
  }
}

/** The built server as a process, as Kubernetes runs it: SIGTERM, drain, exit. */
describe('graceful shutdown of the API process', () => {
  const drainMs = 1_500;

  it('answers readiness 503 and liveness 200 throughout the drain, then exits', async () => {
    const port = await freePort();
    const api = startApiProcess({
      PORT: String(port),
      DATABASE_URL: testDatabaseUrl(),
      SHUTDOWN_DRAIN_MS: String(drainMs),
      SCHEDULED_JOBS_ENABLED: 'false',
    });
    try {
      await waitForStatus(`${api.baseUrl}/health/ready`, 200, 30_000);
      let hasExited = false;
      void api.exited.then(() => (hasExited = true));

      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      const observations: Observation[] = [];
      while (!hasExited) {
        const [ready, live] = await Promise.all([probe(`${api.baseUrl}/health/ready`), probe(`${api.baseUrl}/health/live`)]);
        observations.push({ atMs: Date.now() - signalledAt, ready: ready.status, readyMessage: ready.message, live: live.status });
        await sleep(50);
      }
      const exitedAfterMs = Date.now() - signalledAt;

      // Nest closes the app on SIGTERM, then re-raises the signal to end the process.
      expect(await api.exited).toBe('SIGTERM');
      expect(exitedAfterMs).toBeGreaterThanOrEqual(drainMs);
      // Allow the signal a moment to arrive; from then until the drain ends: not ready, alive.
      const during = observations.filter((o) => o.atMs >= 200 && o.atMs <= drainMs - 200);
      expect(during.length).toBeGreaterThanOrEqual(5);
      for (const o of during) expect(o).toMatchObject({ ready: 503, readyMessage: 'not ready: shutting down', live: 200 });
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses to boot with a bad HEALTH_HTTP_TARGETS, naming it', async () => {
    const api = startApiProcess({ HEALTH_HTTP_TARGETS: '[{"name":"payments","url":"not a url"}]' });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('HEALTH_HTTP_TARGETS: [0].url: must be an http:// or https:// URL');
  });
});
