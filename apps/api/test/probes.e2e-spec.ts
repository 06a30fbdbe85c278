import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ReadinessReport } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp } from './support/test-app.js';
import { testDatabaseUrl } from './support/test-database.js';
import { TcpProxy } from './support/tcp-proxy.js';

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

    it('GET /health/ready answers 200 naming each component as up', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
      const report = res.body as ReadinessReport;
      expect(report.status).toBe('ok');
      expect(report.components.database).toMatchObject({ status: 'up' });
      expect(report.components.cache).toMatchObject({ status: 'up' });
    });

    it('is served at the root, not under /api/v1', async () => {
      await request(app.getHttpServer()).get('/api/v1/health/live').expect(404);
    });
  });

  describe('when the database becomes unreachable', () => {
    let app: NestFastifyApplication;
    let proxy: TcpProxy;

    beforeAll(async () => {
      const target = new URL(testDatabaseUrl());
      proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
      app = await startTestApp({
        DATABASE_URL: proxy.rewrite(testDatabaseUrl()),
        HEALTH_CHECK_TIMEOUT_MS: '500',
        HEALTH_CACHE_TTL_MS: '0',
        DB_CONNECT_TIMEOUT_MS: '500',
      });
    });
    afterAll(async () => {
      proxy.restore();
      await app.close();
      await proxy.stop();
    });

    it('keeps liveness at 200, answers readiness 503 naming the database, then recovers', async () => {
      const server = app.getHttpServer();
      await request(server).get('/health/ready').expect(200);

      proxy.cut();
      const started = Date.now();
      const down = await request(server).get('/health/ready').expect(503);
      const elapsed = Date.now() - started;
      const body = down.body as ErrorBody;
      expect(body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(body.message).toMatch(/^not ready: database/);
      expect(body.details?.components?.database?.status).toBe('down');
      expect(body.details?.components?.cache?.status).toBe('up');
      // Bounded by the check timeout (500 ms) plus request overhead, not a TCP timeout.
      expect(elapsed).toBeLessThan(2_000);
      await request(server).get('/health/live').expect(200);

      proxy.restore();
      await request(server).get('/health/ready').expect(200);
      // The pool replaced its dead connections: queries work again.
      await expect(app.get(DataSource).query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    });
  });

  describe('when Redis is configured but down', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', HEALTH_CACHE_TTL_MS: '0' });
    });
    afterAll(() => app.close());

    it('answers readiness 503 naming the cache, liveness 200', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
      const body = res.body as ErrorBody;
      expect(body.message).toMatch(/^not ready: cache/);
      expect(body.details?.components?.cache?.status).toBe('down');
      expect(body.details?.components?.database?.status).toBe('up');
      await request(app.getHttpServer()).get('/health/live').expect(200);
    });
  });
});
