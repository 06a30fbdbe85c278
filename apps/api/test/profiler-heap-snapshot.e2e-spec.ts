import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorBody, ProfilingSession } from '@vigil/types';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';

/**
 * A heap snapshot is of the process that serves the request. In-process, that is the Jest
 * worker, whose heap (and so the file) grows with every spec file before it, past what one
 * JavaScript string can hold. A freshly started API has a heap of its own size, so the
 * whole file can be downloaded and parsed here.
 */
describe('heap snapshots of a running API', () => {
  let dataDir: string;
  let api: ApiProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vigil-heap-snapshot-'));
    const port = await freePort();
    api = startApiProcess({ PORT: String(port), DATA_DIR: dataDir, SHUTDOWN_DRAIN_MS: '0' });
    await waitForStatus(`${api.baseUrl}/health/ready`, 200, 60_000);
  }, 90_000);
  afterAll(async () => {
    api.child.kill('SIGTERM');
    await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
    const res = await fetch(`${api.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(60_000) });
    return { status: res.status, body: (await res.json()) as T };
  }

  async function waitUntilDone(id: string): Promise<ProfilingSession> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body } = await json<ProfilingSession>(`/api/v1/profiler/sessions/${id}`);
      if (body.status !== 'running') return body;
      if (Date.now() > deadline) throw new Error(`session ${id} still running after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('takes a snapshot that downloads and parses, and points analysis to DevTools', async () => {
    const started = await json<ProfilingSession>('/api/v1/profiler/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'heap-snapshot' }),
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'running', plannedDurationMs: 0 });
    const done = await waitUntilDone(started.body.id);
    expect({ status: done.status, reason: done.reason }).toEqual({ status: 'completed', reason: null });
    expect(done.artifact?.fileName).toMatch(/\.heapsnapshot$/);

    const download = await fetch(`${api.baseUrl}/api/v1/profiler/sessions/${done.id}/artifact`, { signal: AbortSignal.timeout(60_000) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${done.artifact?.fileName}"`);
    expect(Number(download.headers.get('content-length'))).toBe(done.artifact?.bytes);
    const snapshot = (await download.json()) as { snapshot: { meta: { node_fields: string[] }; node_count: number }; nodes: number[] };
    expect(snapshot.snapshot.meta.node_fields).toContain('self_size');
    expect(snapshot.snapshot.node_count).toBeGreaterThan(1_000);
    expect(snapshot.nodes).toHaveLength(snapshot.snapshot.node_count * snapshot.snapshot.meta.node_fields.length);

    const analysis = await json<ErrorBody>(`/api/v1/profiler/sessions/${done.id}/analysis`);
    expect(analysis.status).toBe(409);
    expect(analysis.body.message).toContain('Chrome DevTools');
    const removed = await fetch(`${api.baseUrl}/api/v1/profiler/sessions/${done.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
  }, 120_000);
});
