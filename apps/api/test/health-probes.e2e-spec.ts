import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, HealthReport, ReadinessReport, StartupReport } from '@vigil/types';
import type pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { HealthRecorder } from '../src/health/history/health-recorder.service.js';
import { StartupGate } from '../src/health/startup-gate.js';
import { startTestApp } from './support/test-app.js';
import { testDatabaseKind, testDatabaseUrl } from './support/test-database.js';
import { TcpProxy } from './support/tcp-proxy.js';

/** Requests until `status` comes back: how long that took, the slowest request, and the last answer. */
async function pollUntil(server: unknown, path: string, status: number, limitMs: number) {
  const started = Date.now();
  let slowestMs = 0;
  for (;;) {
    const sent = Date.now();
    const res = await request(server as never).get(path);
    slowestMs = Math.max(slowestMs, Date.now() - sent);
    if (res.status === status) return { elapsedMs: Date.now() - started, slowestMs, res };
    if (Date.now() - started > limitMs) throw new Error(`${path} did not answer ${status} within ${limitMs} ms`);
  }
}

describe('Kubernetes probes', () => {
  describe('with every dependency up', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('GET /health/live answers 200 with the uptime', async () => {
      const res = await request(app.getHttpServer()).get('/health/live').expect(200);
      expect(res.body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    });

    it('GET /health/ready checks the database, and Redis only when it is configured', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
      const report = res.body as ReadinessReport;
      expect(report.status).toBe('ok');
      expect(report.components.database).toMatchObject({ status: 'up', responseTimeMs: expect.any(Number) });
      // CI's second pass sets REDIS_URL; the default pass runs on the in-process cache.
      if (process.env.REDIS_URL) expect(report.components.redis).toMatchObject({ status: 'up' });
      else expect(report.components.redis).toBeUndefined();
    });

    it('answers a burst of readiness probes with one database check', async () => {
      const query = jest.spyOn(app.get(DataSource), 'query');
      try {
        const answers = await Promise.all(Array.from({ length: 50 }, () => request(app.getHttpServer()).get('/health/ready')));
        expect(answers.every((res) => res.status === 200)).toBe(true);
        expect(query.mock.calls.filter(([sql]) => sql === 'SELECT 1').length).toBeLessThanOrEqual(1);
      } finally {
        query.mockRestore();
      }
    });

    it('is served at the root, not under /api/v1', async () => {
      await request(app.getHttpServer()).get('/api/v1/health/live').expect(404);
      await request(app.getHttpServer()).get('/api/v1/health/ready').expect(404);
    });
  });

  describe('GET /health/startup', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('answers 503 naming each pending step, then 200 once all completed and migrations are applied', async () => {
      const gate = app.get(StartupGate);
      gate.expect('test-warmup');
      gate.expect('test-index-load');
      const waiting = await request(app.getHttpServer()).get('/health/startup').expect(503);
      expect((waiting.body as ErrorBody).message).toMatch(/^not started: waiting for .*test-warmup, test-index-load/);

      gate.complete('test-warmup');
      const still = await request(app.getHttpServer()).get('/health/startup').expect(503);
      expect((still.body as ErrorBody).message).not.toContain('test-warmup');
      expect((still.body as ErrorBody).message).toContain('test-index-load');

      // Steps other modules announced (none run their jobs in tests) complete too.
      for (const step of gate.pending()) gate.complete(step);
      const res = await request(app.getHttpServer()).get('/health/startup').expect(200);
      expect((res.body as StartupReport).completedSteps).toEqual(expect.arrayContaining(['test-warmup', 'test-index-load']));
    });
  });

  describe('when the database becomes unreachable', () => {
    const checkTimeoutMs = 500;
    const cacheTtlMs = 1_000;
    const poolSize = 4;
    const instance = `probe-cut-${process.pid}-${Date.now()}`;
    let app: NestFastifyApplication;
    let proxy: TcpProxy;

    beforeAll(async () => {
      const target = new URL(testDatabaseUrl());
      proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
      app = await startTestApp({
        DATABASE_URL: proxy.rewrite(testDatabaseUrl()),
        INSTANCE_ID: instance,
        DB_POOL_SIZE: String(poolSize),
        HEALTH_CHECK_TIMEOUT_MS: String(checkTimeoutMs),
        HEALTH_CACHE_TTL_MS: String(cacheTtlMs),
        DB_CONNECT_TIMEOUT_MS: '500',
      });
    });
    afterAll(async () => {
      proxy.restore();
      await app.close();
      await proxy.stop();
    });

    it('keeps liveness at 200, answers readiness 503 naming the database within the timeout, then recovers', async () => {
      const server = app.getHttpServer();
      await request(server).get('/health/ready').expect(200);

      proxy.cut();
      // A result cached just before the cut may be served for one TTL; then one check fails.
      const down = await pollUntil(server, '/health/ready', 503, cacheTtlMs + checkTimeoutMs + 2_000);
      expect(down.elapsedMs).toBeLessThan(cacheTtlMs + checkTimeoutMs + 500);
      // No single probe waits longer than one check timeout, plus request overhead.
      expect(down.slowestMs).toBeLessThan(checkTimeoutMs + 500);
      const body = down.res.body as ErrorBody;
      expect(body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(body.message).toMatch(/^not ready: database \(.+\) down$/);
      expect(body.details?.components?.database?.status).toBe('down');
      await request(server).get('/health/live').expect(200);

      // The detailed view and the recording job keep working through the outage.
      const detail = await request(server).get('/api/v1/health').expect(200);
      expect((detail.body as HealthReport).status).toBe('down');
      const recorder = app.get(HealthRecorder);
      await expect(recorder.record()).rejects.toThrow();
      expect(recorder.unwrittenCount).toBeGreaterThan(0);
      // A burst of probes during the outage must not pile up connections.
      await Promise.all(Array.from({ length: 20 }, () => request(server).get('/health/ready')));

      proxy.restore();
      const recovery = await pollUntil(server, '/health/ready', 200, cacheTtlMs + checkTimeoutMs + 2_000);
      expect(recovery.elapsedMs).toBeLessThan(cacheTtlMs + checkTimeoutMs + 500);

      // Rows held back during the outage are written with the next tick.
      await recorder.record();
      expect(recorder.unwrittenCount).toBe(0);
      const db = app.get(DataSource);
      const [{ downs }] = await db.query(
        `SELECT count(*)::int AS downs FROM health_checks WHERE instance = $1 AND component = 'database' AND status = 'down'`,
        [instance],
      );
      expect(downs).toBeGreaterThanOrEqual(1);
    });

    it('leaks no connection: the pool is idle and within its size afterwards', async () => {
      const db = app.get(DataSource);
      await expect(db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
      const pool = (db.driver as unknown as { master: pg.Pool }).master;
      expect(pool.waitingCount).toBe(0);
      expect(pool.totalCount).toBeLessThanOrEqual(poolSize);
      expect(pool.totalCount - pool.idleCount).toBe(0);
      if (testDatabaseKind() === 'postgres') {
        const [{ sessions }] = await db.query(
          'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE application_name = $1',
          [`vigil-api ${instance}`],
        );
        expect(sessions).toBeLessThanOrEqual(poolSize + 2);
      }
    });
  });

  describe('when Redis is configured but down', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', HEALTH_CACHE_TTL_MS: '0' });
    });
    afterAll(() => app.close());

    it('answers readiness 503 naming Redis, liveness 200', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
      const body = res.body as ErrorBody;
      expect(body.message).toMatch(/^not ready: redis \(.+\) down$/);
      expect(body.details?.components?.redis?.status).toBe('down');
      expect(body.details?.components?.database?.status).toBe('up');
      await request(app.getHttpServer()).get('/health/live').expect(200);
    });
  });
});
