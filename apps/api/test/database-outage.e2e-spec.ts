import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertRule, ErrorBody } from '@vigil/types';
import request from 'supertest';
import { unique } from './support/alerting.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp } from './support/test-app.js';

/**
 * The network to PostgreSQL cut under a running app: routes that need the database
 * answer 503 with Retry-After, what is served from memory keeps answering, and nothing
 * is half-written. The app has a database of its own, so the list check is exact.
 */
describe('a database outage', () => {
  let database: OwnDatabase;
  let proxy: TcpProxy;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());
  const rule = {
    name: unique('OutageQueueDeep'),
    query: { metric: 'queue_depth', aggregation: 'max', window: '1m' },
    comparator: '>',
    threshold: 5,
    for: '2m',
    severity: 'warning',
  };

  /** The 503 every route needing the database answers while it is cut. */
  const expectUnavailable = (res: request.Response) => {
    expect(res.headers['retry-after']).toBe('5');
    const body = res.body as ErrorBody;
    expect(body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: expect.stringMatching(/^the database is unavailable: \S.*$/),
      details: { dependency: 'database' },
    });
    const { username, password } = new URL(database.url);
    if (password) expect(body.message).not.toContain(password);
    if (username) expect(body.message).not.toContain(`${username}@`);
  };

  beforeAll(async () => {
    database = await openOwnDatabase();
    const target = new URL(database.url);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    // No cached readiness outcome: the probe checks the database on every request.
    app = await startTestApp({ DATABASE_URL: proxy.rewrite(database.url), HEALTH_CACHE_TTL_MS: '0', HEALTH_CHECK_TIMEOUT_MS: '500' });
    await http().get('/api/v1/alert-rules').expect(200, []);
  });
  afterAll(async () => {
    proxy.restore();
    await app.close();
    await proxy.stop();
    await database.close();
  });

  describe('while the database is cut', () => {
    beforeAll(() => proxy.cut());
    afterAll(() => proxy.restore());

    it('answers a write 503 with Retry-After and a body naming the database', async () => {
      expectUnavailable(await http().post('/api/v1/alert-rules').send(rule).expect(503));
    });

    it('answers a read that needs the database 503 the same way', async () => {
      expectUnavailable(await http().get('/api/v1/alert-rules').expect(503));
    });

    it('keeps liveness at 200 and readiness at 503 naming the database', async () => {
      await http().get('/health/live').expect(200);
      const ready = await http().get('/health/ready').expect(503);
      expect((ready.body as ErrorBody).message).toMatch(/^not ready: database \(.+\) down$/);
    });

    it('serves the live metrics from memory', async () => {
      const scrape = await http().get('/metrics').expect(200);
      expect(scrape.text).toContain('vigil_db_pool_connections');
      await http().get('/api/v1/metrics/system').expect(200);
      await http().get('/api/v1/metrics/slow-queries').expect(200);
    });
  });

  describe('once the network is back', () => {
    it('accepts the same write, and the outage wrote nothing', async () => {
      const created = (await http().post('/api/v1/alert-rules').send(rule).expect(201)).body as AlertRule;
      const list = (await http().get('/api/v1/alert-rules').expect(200)).body as AlertRule[];
      expect(list.map((r) => [r.id, r.name])).toEqual([[created.id, rule.name]]);
    });
  });
});
