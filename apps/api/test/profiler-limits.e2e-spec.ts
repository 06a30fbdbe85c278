import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorBody, ProfilingSession } from '@vigil/types';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ArtifactRetention } from '../src/profiler/artifacts/artifact-retention.service.js';
import { waitUntilStopped } from './support/profiler-sessions.js';
import { startTestApp } from './support/test-app.js';
import { testDatabaseUrl } from './support/test-database.js';

/** An app with its own instance name and data folder, so files and rows are its own. */
async function startProfilerApp(overrides: Record<string, string>) {
  const instance = overrides.INSTANCE_ID ?? `profiler-limits-${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-profiler-'));
  const app = await startTestApp({ DATA_DIR: dataDir, INSTANCE_ID: instance, ...overrides });
  return {
    app,
    instance,
    profilesDir: join(dataDir, 'profiles'),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type ProfilerApp = Awaited<ReturnType<typeof startProfilerApp>>;

async function profile(target: ProfilerApp, body: object): Promise<ProfilingSession> {
  const started = (await target.http().post('/api/v1/profiler/sessions').send(body).expect(201)).body as ProfilingSession;
  return (await target.http().post(`/api/v1/profiler/sessions/${started.id}/stop`).expect(200)).body as ProfilingSession;
}

describe('profiler limits', () => {
  describe('with a 300 ms maximum duration', () => {
    let target: ProfilerApp;
    beforeAll(async () => {
      target = await startProfilerApp({ PROFILER_MAX_DURATION_MS: '300' });
    });
    afterAll(() => target.close());

    it('stops a session by itself at the maximum, with no client waiting', async () => {
      const started = (await target.http().post('/api/v1/profiler/sessions').send({ type: 'cpu' }).expect(201)).body as ProfilingSession;
      expect(started.plannedDurationMs).toBe(300);
      const done = await waitUntilStopped(target.app, started.id, 10_000);
      expect(done).toMatchObject({ status: 'completed', artifact: expect.objectContaining({ contentType: 'application/json' }) });
      expect(done.durationMs).toBeGreaterThanOrEqual(300);
      expect(done.durationMs).toBeLessThan(5_000);
    });

    it('stops at a shorter requested duration', async () => {
      const started = (
        await target.http().post('/api/v1/profiler/sessions').send({ type: 'heap-sampling', durationMs: 100 }).expect(201)
      ).body as ProfilingSession;
      const done = await waitUntilStopped(target.app, started.id, 10_000);
      expect(done.status).toBe('completed');
      expect(done.durationMs).toBeGreaterThanOrEqual(100);
    });

    it('refuses a duration over the maximum, naming the variable', async () => {
      const res = await target.http().post('/api/v1/profiler/sessions').send({ type: 'cpu', durationMs: 301 }).expect(400);
      expect((res.body as ErrorBody).message).toBe('durationMs: must be at most 300 (PROFILER_MAX_DURATION_MS)');
    });
  });

  describe('after a process of the instance died while profiling', () => {
    it('marks the sessions it left running as failed when the instance starts again', async () => {
      const instance = `profiler-restart-${randomUUID().slice(0, 8)}`;
      const id = randomUUID();
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        await client.query(
          `INSERT INTO profiling_sessions (id, type, status, instance, planned_duration_ms, started_at)
           VALUES ($1, 'cpu', 'running', $2, 60000, now() - interval '1 minute')`,
          [id, instance],
        );
      } finally {
        await client.end();
      }
      const restarted = await startProfilerApp({ INSTANCE_ID: instance });
      try {
        const session = (await restarted.http().get(`/api/v1/profiler/sessions/${id}`).expect(200)).body as ProfilingSession;
        expect(session).toMatchObject({ status: 'failed', reason: 'the process running it ended before it stopped' });
        expect(session.durationMs).toBeGreaterThan(0);
      } finally {
        await restarted.close();
      }
    });
  });

  describe('with a 1 KiB artifact cap', () => {
    let target: ProfilerApp;
    beforeAll(async () => {
      target = await startProfilerApp({ PROFILER_MAX_ARTIFACT_BYTES: '1024' });
    });
    afterAll(() => target.close());

    it('fails a session whose artifact is larger, keeping no file', async () => {
      const stopped = await profile(target, { type: 'cpu' });
      expect(stopped).toMatchObject({ status: 'failed', artifact: null });
      expect(stopped.reason).toMatch(/^the artifact reached \d+ bytes, over PROFILER_MAX_ARTIFACT_BYTES \(1024\); nothing was kept$/);
      expect(readdirSync(target.profilesDir)).toEqual([]);
      const res = await target.http().get(`/api/v1/profiler/sessions/${stopped.id}/artifact`).expect(409);
      expect((res.body as ErrorBody).message).toContain('it failed (the artifact reached');
    });
  });

  describe('with at most two artifacts and a 1 h retention', () => {
    let target: ProfilerApp;
    let dataSource: DataSource;
    beforeAll(async () => {
      target = await startProfilerApp({ PROFILER_MAX_ARTIFACTS: '2', PROFILER_RETENTION_HOURS: '1' });
      dataSource = target.app.get(DataSource);
    });
    afterAll(() => target.close());

    it('drops the oldest session and its file beyond the count', async () => {
      const sessions: ProfilingSession[] = [];
      for (let i = 0; i < 3; i++) sessions.push(await profile(target, { type: 'heap-sampling' }));
      await target.http().get(`/api/v1/profiler/sessions/${sessions[0]!.id}`).expect(404);
      for (const kept of sessions.slice(1)) await target.http().get(`/api/v1/profiler/sessions/${kept.id}/artifact`).expect(200);
      expect(readdirSync(target.profilesDir).sort()).toEqual(sessions.slice(1).map((s) => `${s.id}.heapprofile`).sort());
    });

    it('prunes expired sessions of every instance, its own files, and files without a row', async () => {
      // First, so completing it does not push the old row out by the count cap.
      const fresh = await profile(target, { type: 'heap-sampling' });
      const own = randomUUID();
      const foreign = randomUUID();
      const orphan = randomUUID();
      mkdirSync(target.profilesDir, { recursive: true });
      for (const id of [own, orphan]) writeFileSync(join(target.profilesDir, `${id}.cpuprofile`), '{}');
      await dataSource.query(
        `INSERT INTO profiling_sessions (id, type, status, instance, planned_duration_ms, started_at, stopped_at, artifact_path, artifact_bytes, artifact_content_type)
         VALUES ($1, 'cpu', 'completed', $2, 1000, now() - interval '2 hours', now() - interval '2 hours', $3, 2, 'application/json'),
                ($4, 'cpu', 'completed', 'replica-gone', 1000, now() - interval '2 hours', now() - interval '2 hours', $5, 2, 'application/json')`,
        [own, target.instance, `${own}.cpuprofile`, foreign, `${foreign}.cpuprofile`],
      );

      expect(await target.app.get(ArtifactRetention).pruneExpired()).toEqual({ sessions: 2, files: 1, orphans: 1 });

      const left: { id: string }[] = await dataSource.query('SELECT id FROM profiling_sessions WHERE id = ANY($1::uuid[])', [[own, foreign, fresh.id]]);
      expect(left.map((row) => row.id)).toEqual([fresh.id]);
      expect(existsSync(join(target.profilesDir, `${own}.cpuprofile`))).toBe(false);
      expect(existsSync(join(target.profilesDir, `${orphan}.cpuprofile`))).toBe(false);
      expect(existsSync(join(target.profilesDir, `${fresh.id}.heapprofile`))).toBe(true);
    });
  });
});
