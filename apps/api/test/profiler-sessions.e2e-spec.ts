import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ProfilingSession, ProfilingSessionPage } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProcessMemory } from '../src/profiler/sessions/snapshot-headroom.js';
import { waitUntilStopped } from './support/profiler-sessions.js';
import { startTestApp } from './support/test-app.js';

describe('/api/v1/profiler/sessions', () => {
  const instance = `profiler-sessions-${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-profiler-'));
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  const rowCount = async () =>
    Number((await dataSource.query('SELECT count(*) AS n FROM profiling_sessions WHERE instance = $1', [instance]))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir, INSTANCE_ID: instance });
    dataSource = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second CPU profile while one runs, naming it, yet allows a heap profile meanwhile', async () => {
    const first = (await http().post('/api/v1/profiler/sessions').send({ type: 'cpu' }).expect(201)).body as ProfilingSession;
    const before = await rowCount();
    const second = await http().post('/api/v1/profiler/sessions').send({ type: 'cpu' }).expect(409);
    expect(second.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect((second.body as ErrorBody).message).toContain(`profiling session "${first.id}"`);
    expect(await rowCount()).toBe(before);
    const early = await http().get(`/api/v1/profiler/sessions/${first.id}/artifact`).expect(409);
    expect((early.body as ErrorBody).message).toBe(`profiling session "${first.id}" has no artifact to offer: it is still running; stop it first`);

    const heap = (await http().post('/api/v1/profiler/sessions').send({ type: 'heap-sampling' }).expect(201)).body as ProfilingSession;
    await http().post('/api/v1/profiler/sessions').send({ type: 'heap-snapshot' }).expect(409);
    await http().post(`/api/v1/profiler/sessions/${heap.id}/stop`).expect(200);
    await http().post(`/api/v1/profiler/sessions/${first.id}/stop`).expect(200);
    const again = await http().post(`/api/v1/profiler/sessions/${first.id}/stop`).expect(409);
    expect((again.body as ErrorBody).message).toBe(`profiling session "${first.id}" is completed, not running`);
  });

  it('refuses a heap snapshot when memory is short, with the figures, and writes nothing', async () => {
    const memory = app.get(ProcessMemory);
    const spies = [jest.spyOn(memory, 'heapUsedBytes').mockReturnValue(300 * 1024 * 1024), jest.spyOn(memory, 'availableBytes').mockReturnValue(500 * 1024 * 1024)];
    try {
      const before = await rowCount();
      const res = await http().post('/api/v1/profiler/sessions').send({ type: 'heap-snapshot' }).expect(409);
      expect((res.body as ErrorBody).message).toBe(
        'heap snapshot refused: it needs about twice the used heap (300 MiB) in free memory, 600 MiB, and only 500 MiB is available; ' +
          'a heap-sampling profile shows where memory goes at a fraction of the cost',
      );
      expect(await rowCount()).toBe(before);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    // The refusal released the heap slot.
    const sampling = (await http().post('/api/v1/profiler/sessions').send({ type: 'heap-sampling' }).expect(201)).body as ProfilingSession;
    await http().delete(`/api/v1/profiler/sessions/${sampling.id}`).expect(204);
  });

  it.each([
    ['an unknown type', { type: 'gpu' }, 'type'],
    ['a missing type', {}, 'type'],
    ['a zero duration', { type: 'cpu', durationMs: 0 }, 'durationMs'],
    ['a duration that is not a number', { type: 'cpu', durationMs: '5s' }, 'durationMs'],
    ['a duration over the maximum', { type: 'cpu', durationMs: 300_001 }, 'durationMs'],
    ['a duration for a heap snapshot', { type: 'heap-snapshot', durationMs: 1_000 }, 'durationMs'],
    ['a sampling interval out of range', { type: 'cpu', samplingIntervalUs: 1 }, 'samplingIntervalUs'],
    ['a CPU interval on a heap profile', { type: 'heap-sampling', samplingIntervalUs: 100 }, 'samplingIntervalUs'],
    ['an unknown property', { type: 'cpu', colour: 'red' }, 'colour'],
  ])('rejects %s with 400 naming the field and writes nothing', async (_case, body, field) => {
    const before = await rowCount();
    const res = await http().post('/api/v1/profiler/sessions').send(body).expect(400);
    const error = res.body as ErrorBody;
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.details?.fields?.[0]?.field).toBe(field);
    expect(await rowCount()).toBe(before);
  });

  it('answers 404 naming an unknown session on every route', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const res = await http().post(`/api/v1/profiler/sessions/${id}/stop`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: `profiling session "${id}" not found` });
      await http().get(`/api/v1/profiler/sessions/${id}`).expect(404);
      await http().get(`/api/v1/profiler/sessions/${id}/artifact`).expect(404);
      await http().get(`/api/v1/profiler/sessions/${id}/analysis`).expect(404);
      await http().delete(`/api/v1/profiler/sessions/${id}`).expect(404);
    }
  });

  it('cancels and deletes a running session, freeing its slot', async () => {
    const running = (await http().post('/api/v1/profiler/sessions').send({ type: 'cpu' }).expect(201)).body as ProfilingSession;
    await http().delete(`/api/v1/profiler/sessions/${running.id}`).expect(204);
    await http().get(`/api/v1/profiler/sessions/${running.id}`).expect(404);
    const next = (await http().post('/api/v1/profiler/sessions').send({ type: 'cpu', durationMs: 50 }).expect(201)).body as ProfilingSession;
    expect((await waitUntilStopped(app, next.id)).status).toBe('completed');

    await http().delete(`/api/v1/profiler/sessions/${next.id}`).expect(204);
    expect(existsSync(join(dataDir, 'profiles', `${next.id}.cpuprofile`))).toBe(false);
  });

  it('lists sessions of every instance newest first, filtered and paged', async () => {
    const all = (await http().get(`/api/v1/profiler/sessions?instance=${instance}&limit=100`).expect(200)).body as ProfilingSessionPage;
    expect(all.total).toBe(await rowCount());
    const times = all.items.map((s) => Date.parse(s.startedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const page = (await http().get(`/api/v1/profiler/sessions?instance=${instance}&limit=2&offset=1&type=cpu`).expect(200)).body as ProfilingSessionPage;
    expect(page).toMatchObject({ limit: 2, offset: 1 });
    expect(page.items.every((s) => s.type === 'cpu')).toBe(true);
    expect(page.items[0]?.id).toBe(all.items.filter((s) => s.type === 'cpu')[1]?.id);

    const bad = await http().get('/api/v1/profiler/sessions?limit=0&status=sleeping').expect(400);
    expect((bad.body as ErrorBody).details?.fields?.map((f) => f.field)).toEqual(['limit', 'status']);
  });

  it('lists a session of another instance but stops it, deletes it running or serves its artifact only there', async () => {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO profiling_sessions (id, type, status, instance, planned_duration_ms, started_at)
       VALUES ($1, 'cpu', 'running', 'replica-elsewhere', 60000, now())`,
      [id],
    );
    try {
      const listed = (await http().get('/api/v1/profiler/sessions?instance=replica-elsewhere').expect(200)).body as ProfilingSessionPage;
      expect(listed.items.map((s) => s.id)).toContain(id);
      const stop = await http().post(`/api/v1/profiler/sessions/${id}/stop`).expect(409);
      expect((stop.body as ErrorBody).message).toBe(`profiling session "${id}" belongs to instance "replica-elsewhere"; stop it on that instance`);
      await http().delete(`/api/v1/profiler/sessions/${id}`).expect(409);
      expect((await http().get(`/api/v1/profiler/sessions/${id}`).expect(200)).body).toMatchObject({ status: 'running' });

      // Once stopped there, its artifact is still a file on that instance only.
      await dataSource.query(
        `UPDATE profiling_sessions SET status = 'completed', stopped_at = now(), artifact_path = $2,
           artifact_bytes = 2, artifact_content_type = 'application/json' WHERE id = $1`,
        [id, `${id}.cpuprofile`],
      );
      const artifact = await http().get(`/api/v1/profiler/sessions/${id}/artifact`).expect(409);
      expect((artifact.body as ErrorBody).message).toBe(
        `profiling session "${id}" belongs to instance "replica-elsewhere"; read its artifact on that instance`,
      );
      await http().delete(`/api/v1/profiler/sessions/${id}`).expect(204);
    } finally {
      await dataSource.query('DELETE FROM profiling_sessions WHERE id = $1', [id]);
    }
  });
});
