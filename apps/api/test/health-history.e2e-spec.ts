import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ComponentStatus, ErrorBody, HealthHistoryPage, HealthUptimeReport } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock.js';
import { HealthCheckRepository } from '../src/health/history/health-check.repository.js';
import { HealthRecorder } from '../src/health/history/health-recorder.service.js';
import { HealthRetention } from '../src/health/history/health-retention.service.js';
import { startTestApp } from './support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

describe('health history and uptime', () => {
  const instance = unique('history');
  let app: NestFastifyApplication;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = new ManualClock(Date.UTC(2026, 2, 31, 12));
    app = await startTestApp({ INSTANCE_ID: instance, HEALTH_CACHE_TTL_MS: '0' }, { clock });
  });
  afterAll(() => app.close());

  /** Rows for a component of its own, `ago` ms before the clock, with the given statuses. */
  async function seed(component: string, ago: number, statuses: ComponentStatus[]): Promise<void> {
    await app.get(HealthCheckRepository).insertMany(
      statuses.map((status, i) => ({
        instance,
        component,
        status,
        isCritical: false,
        responseTimeMs: 1,
        message: null,
        checkedAt: new Date(clock.now().getTime() - ago - i * 1_000),
      })),
    );
  }

  describe('the recording job', () => {
    it('stores one row per component per tick, readable through /api/v1/health/history', async () => {
      const recorder = app.get(HealthRecorder);
      const from = clock.now().getTime();
      const first = await recorder.record();
      clock.advance(30_000);
      const second = await recorder.record();
      expect(first).toBeGreaterThanOrEqual(6);
      expect(second).toBe(first);

      const res = await request(app.getHttpServer())
        .get('/api/v1/health/history')
        .query({ instance, component: 'database', from: String(from - 1), to: String(clock.now().getTime()) })
        .expect(200);
      const page = res.body as HealthHistoryPage;
      expect(page.truncated).toBe(false);
      expect(page.items.map((r) => [r.component, r.status, r.checkedAt])).toEqual([
        ['database', 'up', new Date(from + 30_000).toISOString()],
        ['database', 'up', new Date(from).toISOString()],
      ]);
      expect(page.items[0]).toMatchObject({ instance, isCritical: true, responseTimeMs: expect.any(Number), message: null });

      const all = await request(app.getHttpServer())
        .get('/api/v1/health/history')
        .query({ instance, from: String(from - 1), to: String(clock.now().getTime()), limit: '3' })
        .expect(200);
      expect((all.body as HealthHistoryPage).items).toHaveLength(3);
      expect((all.body as HealthHistoryPage).truncated).toBe(true);
    });
  });

  describe('GET /api/v1/health/uptime', () => {
    it('gives the exact share of available checks per window, degraded counting as available', async () => {
      const component = unique('synthetic');
      await seed(component, 10 * MINUTE, ['up', 'up', 'degraded', 'down']); // last hour: 3 of 4
      await seed(component, 3 * HOUR, ['up', 'down', 'down', 'down']); // last day: 4 of 8
      await seed(component, 2 * DAY, ['up', 'up']); // last week: 6 of 10
      await seed(component, 10 * DAY, ['down', 'up', 'down', 'down', 'down']); // last 30 days: 7 of 15
      await seed(component, 40 * DAY, ['down', 'down']); // outside every window

      const res = await request(app.getHttpServer()).get('/api/v1/health/uptime').query({ component }).expect(200);
      const report = res.body as HealthUptimeReport;
      expect(report.at).toBe(clock.now().toISOString());
      expect(report.components).toEqual([
        {
          component,
          windows: {
            '1h': { percent: 75, checks: 4, availableChecks: 3 },
            '24h': { percent: 50, checks: 8, availableChecks: 4 },
            '7d': { percent: 60, checks: 10, availableChecks: 6 },
            '30d': { percent: 46.667, checks: 15, availableChecks: 7 },
          },
        },
      ]);
    });

    it('reports null for a window without checks', async () => {
      const component = unique('quiet');
      await seed(component, 3 * DAY, ['up']);
      const res = await request(app.getHttpServer()).get('/api/v1/health/uptime').query({ component, instance }).expect(200);
      const [uptime] = (res.body as HealthUptimeReport).components;
      expect(uptime?.windows['24h']).toEqual({ percent: null, checks: 0, availableChecks: 0 });
      expect(uptime?.windows['7d']).toEqual({ percent: 100, checks: 1, availableChecks: 1 });
    });
  });

  describe('validation', () => {
    it.each([
      ['/api/v1/health/history', { component: 'Robert"); DROP TABLE' }, 'component'],
      ['/api/v1/health/history', { from: 'last week' }, 'from'],
      ['/api/v1/health/history', { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
      ['/api/v1/health/history', { limit: '100000' }, 'limit'],
      ['/api/v1/health/history', { page: '2' }, 'page'],
      ['/api/v1/health/uptime', { window: '1h' }, 'window'],
    ])('%s rejects %j with 400 naming %s', async (path, query, field) => {
      const res = await request(app.getHttpServer()).get(path).query(query).expect(400);
      const body = res.body as ErrorBody;
      expect(body.message).toContain(`${field}:`);
      expect(body.details?.fields?.map((f) => f.field)).toContain(field);
    });
  });

  describe('retention', () => {
    it('prunes rows older than HEALTH_RETENTION_DAYS in batches and keeps the rest', async () => {
      const component = unique('retention');
      await seed(component, 31 * DAY, ['up', 'down', 'up', 'up', 'down']);
      await seed(component, 29 * DAY, ['up']);
      const deleted = await app.get(HealthRetention).prune(2);
      expect(deleted).toBeGreaterThanOrEqual(5);
      const rows = await app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM health_checks WHERE component = $1', [component]);
      expect(rows).toEqual([{ n: 1 }]);
    });
  });
});
