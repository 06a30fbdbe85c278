import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, HealthComponentReport, HealthReport, Setting } from '@vigil/types';
import request from 'supertest';
import { ConfigError } from '../src/config/app-config.js';
import { HealthEvents, type ComponentStatusChanged } from '../src/health/health-events.js';
import { FakeDependency } from './support/fake-dependency.js';
import { startTestApp, testConfig } from './support/test-app.js';

const component = (report: HealthReport, name: string): HealthComponentReport | undefined =>
  report.components.find((c) => c.name === name);

describe('HTTP dependencies and the detailed health view', () => {
  let fake: FakeDependency;
  let app: NestFastifyApplication;
  const checkTimeoutMs = 400;

  beforeAll(async () => {
    fake = await FakeDependency.start();
    app = await startTestApp({
      // Resource limits out of reach, so the host running the tests cannot change the verdicts.
      HEALTH_DISK_MAX_USED_PERCENT: '100',
      HEALTH_HEAP_MAX_USED_PERCENT: '100',
      HEALTH_RSS_MAX_MB: '1048576',
      HEALTH_EVENT_LOOP_MAX_DELAY_MS: '60000',
      HEALTH_CACHE_TTL_MS: '0',
      HEALTH_CHECK_TIMEOUT_MS: String(checkTimeoutMs),
      HEALTH_HTTP_TARGETS: JSON.stringify([
        { name: 'search', url: fake.url('/search') },
        { name: 'payments', url: fake.url('/payments'), critical: true, expectedStatus: { min: 200, max: 204 } },
      ]),
    });
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });
  afterEach(() => {
    fake.set('/search', 200);
    fake.set('/payments', 200);
  });

  const detail = async () => (await request(app.getHttpServer()).get('/api/v1/health').expect(200)).body as HealthReport;

  it('reports every component up, the overall status and a score, when all answer', async () => {
    const report = await detail();
    expect(report.status).toBe('up');
    expect(report.score.value).toBeGreaterThanOrEqual(90);
    expect(report.components.map((c) => c.name)).toEqual(
      expect.arrayContaining(['database', 'migrations', 'disk', 'heap', 'rss', 'event-loop', 'http:search', 'http:payments']),
    );
    expect(component(report, 'http:payments')).toMatchObject({
      kind: 'http',
      status: 'up',
      isCritical: true,
      message: null,
      responseTimeMs: expect.any(Number),
      lastCheckedAt: report.checkedAt,
    });
    expect(Date.parse(component(report, 'database')?.since ?? '')).not.toBeNaN();
  });

  it('marks a non-critical dependency answering 500 down and the whole degraded; readiness stays 200', async () => {
    fake.set('/search', 500);
    const report = await detail();
    expect(component(report, 'http:search')).toMatchObject({ status: 'down', message: 'HTTP 500, expected 200-299' });
    expect(report.status).toBe('degraded');
    expect(report.score.availability).toBeLessThan(1);
    await request(app.getHttpServer()).get('/health/ready').expect(200);
  });

  it('marks a critical dependency answering 500 down, the whole down, and readiness 503 naming it', async () => {
    fake.set('/payments', 500);
    const report = await detail();
    expect(component(report, 'http:payments')).toMatchObject({ status: 'down', isCritical: true });
    expect(report.status).toBe('down');
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect((ready.body as ErrorBody).message).toBe('not ready: http:payments (HTTP 500, expected 200-204) down');
  });

  it('holds a dependency that never answers to its timeout', async () => {
    fake.set('/search', 'hang');
    const started = Date.now();
    const report = await detail();
    expect(Date.now() - started).toBeLessThan(checkTimeoutMs + 1_000);
    expect(component(report, 'http:search')).toMatchObject({ status: 'down', message: expect.stringMatching(/timeout|timed out/) });
  });

  it('publishes each status change on HealthEvents', async () => {
    const seen: ComponentStatusChanged[] = [];
    const subscription = app.get(HealthEvents).statusChanges.subscribe((event) => seen.push(event));
    try {
      await detail();
      fake.set('/payments', 503);
      await detail();
      fake.set('/payments', 200);
      await detail();
    } finally {
      subscription.unsubscribe();
    }
    const payments = seen.filter((e) => e.component === 'http:payments');
    expect(payments.map((e) => [e.previous, e.current])).toEqual([
      ['up', 'down'],
      ['down', 'up'],
    ]);
    expect(payments[0]).toMatchObject({ kind: 'http', isCritical: true, message: 'HTTP 503, expected 200-204' });
  });

  describe('the health.httpTargets setting', () => {
    afterEach(() => request(app.getHttpServer()).delete('/api/v1/config/health.httpTargets'));

    it('adds targets at run time', async () => {
      const targets = [{ name: 'ledger', url: fake.url('/ledger'), timeoutMs: 300 }];
      const put = await request(app.getHttpServer()).put('/api/v1/config/health.httpTargets').send({ value: targets }).expect(200);
      expect(put.body as Setting).toMatchObject({ value: targets, isDefault: false, definition: { type: 'json' } });
      expect(component(await detail(), 'http:ledger')).toMatchObject({ status: 'up', isCritical: false });

      await request(app.getHttpServer()).delete('/api/v1/config/health.httpTargets').expect(200);
      expect(component(await detail(), 'http:ledger')).toBeUndefined();
    });

    it.each([
      [[{ name: 'ledger', url: 'file:///etc/passwd' }], 'value[0].url'],
      [[{ name: 'ledger', url: 'http://a', critical: 'yes' }], 'value[0].critical'],
      ['[{"name":"ledger"}]', 'value'],
    ])('rejects %j with 400 naming %s', async (value, field) => {
      const res = await request(app.getHttpServer()).put('/api/v1/config/health.httpTargets').send({ value }).expect(400);
      const body = res.body as ErrorBody;
      expect(body.details?.fields?.[0]?.field).toBe(field);
      expect(body.message).toContain(`${field}:`);
    });
  });
});

describe('HEALTH_HTTP_TARGETS', () => {
  it.each([
    ['not JSON', 'HEALTH_HTTP_TARGETS: must be a JSON array'],
    ['[{"name":"a","url":"gopher://x"}]', 'HEALTH_HTTP_TARGETS: [0].url: must be an http:// or https:// URL'],
    ['{"name":"a"}', 'HEALTH_HTTP_TARGETS: (root): must be a JSON array of targets'],
  ])('stops boot naming the variable for %s', (value, message) => {
    expect(() => testConfig({ HEALTH_HTTP_TARGETS: value })).toThrow(ConfigError);
    expect(() => testConfig({ HEALTH_HTTP_TARGETS: value })).toThrow(message);
  });
});
