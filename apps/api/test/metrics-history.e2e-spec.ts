import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, MetricCatalogEntry, MetricQueryResult } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { MetricsSnapshotService } from '../src/metrics/history/metrics-snapshot.service.js';
import { RollupService } from '../src/metrics/history/rollup.service.js';
import { startTestApp } from './support/test-app.js';

const MINUTE = 60_000;
const FIVE_MINUTES = 5 * MINUTE;
const unique = (prefix: string) => `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

describe('metrics history', () => {
  let app: NestFastifyApplication;
  let clock: ManualClock;
  let db: DataSource;
  const seriesCount = async (name: string) =>
    Number((await db.query('SELECT count(*) AS n FROM metric_series WHERE name = $1', [name]))[0].n);

  beforeAll(async () => {
    clock = new ManualClock(Math.floor(Date.now() / FIVE_MINUTES) * FIVE_MINUTES);
    app = await startTestApp({ INSTANCE_ID: 'test-instance' }, { clock });
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  describe('snapshot job', () => {
    it('stores the registry each tick so the query API returns points after two ticks', async () => {
      const snapshots = app.get(MetricsSnapshotService);
      const from = clock.now().getTime();
      expect(await snapshots.snapshot()).toBeGreaterThan(10);
      clock.advance(15_000);
      await snapshots.snapshot();
      clock.advance(1_000);

      const res = await request(app.getHttpServer())
        .get('/api/v1/metrics/query')
        .query({ name: 'vigil_job_duration_seconds_sum', from: String(from), to: String(clock.now().getTime()), step: '15s', fn: 'last' });
      // The job histogram exists as soon as JobScheduler is built; a richer check
      // for process metrics follows below when the live collectors are registered.
      expect(res.status).toBe(200);
      const body = res.body as MetricQueryResult;
      expect(body.resolution).toBe('raw');

      const rss = await request(app.getHttpServer())
        .get('/api/v1/metrics/query')
        .query({ name: 'vigil_process_resident_memory_bytes', from: String(from), to: String(clock.now().getTime()), step: '15s', fn: 'last' })
        .expect(200);
      const series = (rss.body as MetricQueryResult).series.find((s) => s.labels.instance === 'test-instance');
      expect(series?.points).toHaveLength(2);
      expect(series?.points[0]?.[1]).toBeGreaterThan(1_000_000);
    });
  });

  describe('rollups and retention', () => {
    const base = () => Math.floor((clock.now().getTime() - 60 * MINUTE) / FIVE_MINUTES) * FIVE_MINUTES;

    async function seedGauge(name: string, points: [number, number][]): Promise<void> {
      const repo = app.get(MetricHistoryRepository);
      const sample = { name, type: 'gauge' as const, help: 'synthetic', labels: { instance: 'synthetic' }, value: 0, bounds: null, buckets: null };
      const [id] = await repo.resolveSeriesIds([sample], clock.now());
      await repo.insertSamples(points.map(([ts, value]) => ({ seriesId: id!, ts: new Date(ts), value, buckets: null })));
    }

    it('rolls a known data set up into exact 1m and 5m aggregates, and serves them', async () => {
      const name = unique('synthetic_gauge');
      const t0 = base();
      await seedGauge(name, [
        [t0, 4], [t0 + 15_000, 8], [t0 + 30_000, 6], [t0 + 45_000, 2],
        [t0 + MINUTE, 10], [t0 + MINUTE + 30_000, 20],
      ]);
      await db.query('DELETE FROM metric_rollup_progress');
      await app.get(RollupService).rollUp();

      const rows = await db.query(
        `SELECT r.resolution, r.bucket_start, r.min, r.max, r.sum, r.count FROM metric_rollups r
         JOIN metric_series s ON s.id = r.series_id WHERE s.name = $1 AND r.resolution IN ('1m', '5m')
         ORDER BY r.resolution, r.bucket_start`,
        [name],
      );
      const plain = rows.map((r: Record<string, unknown>) => ({
        resolution: r.resolution,
        start: new Date(r.bucket_start as string).getTime() - t0,
        min: Number(r.min), max: Number(r.max), avg: Number(r.sum) / Number(r.count), count: Number(r.count),
      }));
      expect(plain).toEqual([
        { resolution: '1m', start: 0, min: 2, max: 8, avg: 5, count: 4 },
        { resolution: '1m', start: MINUTE, min: 10, max: 20, avg: 15, count: 2 },
        { resolution: '5m', start: 0, min: 2, max: 20, avg: 50 / 6, count: 6 },
      ]);

      const res = await request(app.getHttpServer())
        .get('/api/v1/metrics/query')
        .query({ name, from: new Date(t0).toISOString(), to: new Date(t0 + 2 * MINUTE).toISOString(), step: '1m', fn: 'max' })
        .expect(200);
      const body = res.body as MetricQueryResult;
      expect(body.resolution).toBe('1m');
      expect(body.series[0]?.points).toEqual([[t0, 8], [t0 + MINUTE, 20]]);
    });

    it('prunes exactly what retention says and keeps the rest', async () => {
      const name = unique('retained_gauge');
      const now = clock.now().getTime();
      const hour = 60 * MINUTE;
      await seedGauge(name, [[now - 25 * hour, 1], [now - 24 * hour - 1_000, 2], [now - 23 * hour, 3], [now - hour, 4]]);
      await app.get(RollupService).prune();
      const left = await db.query(
        `SELECT m.value FROM metric_samples m JOIN metric_series s ON s.id = m.series_id WHERE s.name = $1 ORDER BY m.ts`,
        [name],
      );
      expect(left.map((r: { value: number }) => Number(r.value))).toEqual([3, 4]);
    });
  });

  describe('POST /api/v1/metrics', () => {
    it('accepts a batch, exposes it live and in history, and rates a counter', async () => {
      const gauge = unique('queue_depth');
      const counter = unique('jobs_done_total');
      const t = clock.now().getTime();
      await request(app.getHttpServer())
        .post('/api/v1/metrics')
        .send([
          { name: gauge, type: 'gauge', value: 7, labels: { queue: 'jobs' } },
          { name: counter, type: 'counter', value: 10, timestamp: t - 30_000 },
          { name: counter, type: 'counter', value: 5, timestamp: new Date(t - 15_000).toISOString() },
        ])
        .expect(202, { accepted: 3 });

      const stored = await db.query(
        `SELECT s.labels, m.value FROM metric_samples m JOIN metric_series s ON s.id = m.series_id
         WHERE s.name = $1 ORDER BY m.ts`,
        [counter],
      );
      // Counters are stored as running totals per instance.
      expect(stored.map((r: { value: number }) => Number(r.value))).toEqual([10, 15]);
      expect(stored[0].labels).toEqual({ instance: 'test-instance' });

      const rate = await request(app.getHttpServer())
        .get('/api/v1/metrics/query')
        .query({ name: counter, from: String(t - 60_000), to: String(t), step: '1m', fn: 'increase' })
        .expect(200);
      // The first stored total has no predecessor, so only the second one adds: 15 - 10.
      const increases = (rate.body as MetricQueryResult).series[0]?.points.map((p) => p[1]) ?? [];
      expect(increases.reduce((a, b) => a + b, 0)).toBe(5);

      const catalog = await request(app.getHttpServer()).get('/api/v1/metrics/catalog').expect(200);
      expect((catalog.body as MetricCatalogEntry[]).find((e) => e.name === gauge)).toMatchObject({
        type: 'gauge',
        isLive: true,
        labelKeys: ['instance', 'queue'],
      });
    });

    it.each([
      ['a bad name', [{ name: 'bad-name', type: 'gauge', value: 1 }], '[0].name'],
      ['too many labels', [{ name: 'NAME', type: 'gauge', value: 1, labels: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`l${i}`, 'v'])) }], '[0].labels'],
      ['NaN as a value', [{ name: 'NAME', type: 'gauge', value: 'NaN' }], '[0].value'],
      ['a negative counter increment', [{ name: 'NAME', type: 'counter', value: -1 }], '[0].value'],
      ['a reserved prefix', [{ name: 'vigil_fake', type: 'gauge', value: 1 }], '[0].name'],
      ['an unknown type', [{ name: 'NAME', type: 'summary', value: 1 }], '[0].type'],
      ['a label value too long', [{ name: 'NAME', type: 'gauge', value: 1, labels: { a: 'x'.repeat(129) } }], '[0].labels.a'],
      ['a stale timestamp', [{ name: 'NAME', type: 'gauge', value: 1, timestamp: 1 }], '[0].timestamp'],
      ['a batch too big', Array.from({ length: 1_001 }, () => ({ name: 'NAME', type: 'gauge', value: 1 })), 'body'],
      ['not an array', { name: 'NAME', type: 'gauge', value: 1 }, 'body'],
    ])('rejects %s with 400 naming the field and writes nothing', async (_case, batch, field) => {
      const name = unique('rejected');
      const body = JSON.parse(JSON.stringify(batch).replaceAll('"NAME"', `"${name}"`)) as unknown;
      // A good sample first: the whole batch must be refused, not just the bad one.
      const withGood = Array.isArray(body) && body.length < 100 ? [{ name, type: 'gauge', value: 1 }, ...body] : body;
      const expectedField = Array.isArray(withGood) && withGood !== body ? field.replace('[0]', '[1]') : field;
      const res = await request(app.getHttpServer()).post('/api/v1/metrics').send(withGood as object).expect(400);
      const error = res.body as ErrorBody;
      expect(error.details?.fields?.map((f) => f.field)).toContain(expectedField);
      expect(error.message).toContain(expectedField);
      expect(await seriesCount(name)).toBe(0);
    });

    it('refuses a type change and a series over the cap, naming the sample', async () => {
      const name = unique('typed');
      await request(app.getHttpServer()).post('/api/v1/metrics').send([{ name, type: 'gauge', value: 1 }]).expect(202);
      const res = await request(app.getHttpServer()).post('/api/v1/metrics').send([{ name, type: 'counter', value: 1 }]).expect(400);
      expect((res.body as ErrorBody).message).toContain(`[0].type: ${name} is a gauge`);
    });
  });

  describe('GET /api/v1/metrics/query with bad input', () => {
    it.each([
      [{ name: 'bad name' }, 'name'],
      [{ name: 'x', step: 'often' }, 'step'],
      [{ name: 'x', fn: 'median' }, 'fn'],
      [{ name: 'x', from: 'yesterday' }, 'from'],
    ])('answers 400 naming the parameter for %p', async (query, field) => {
      const res = await request(app.getHttpServer()).get('/api/v1/metrics/query').query(query).expect(400);
      expect((res.body as ErrorBody).details?.fields?.map((f) => f.field)).toContain(field);
    });

    it('refuses a percentile of a metric that is not a histogram', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/v1/metrics/query')
        .query({ name: 'vigil_process_resident_memory_bytes', fn: 'p95' })
        .expect(400);
      expect((res.body as ErrorBody).message).toContain('fn: p95 needs a histogram');
    });
  });
});
