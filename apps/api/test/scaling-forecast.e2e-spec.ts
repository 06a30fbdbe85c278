/**
 * `GET /api/v1/scaling/forecast` on stored history: a gauge rising a fixed amount a
 * minute crosses its threshold when the line says, to the sample interval; a flat one
 * never does; a stored metric forecast on its own; bad input is refused naming the
 * field, an unknown service is a 404.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ScalingForecast, SeriesForecast } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
/** 21 samples, one a minute, the last one now. */
const SAMPLES = 21;
const CPU = 'vigil_system_cpu_utilisation_ratio';
const DISK = 'disk_free_bytes';

const problemsOf = (body: unknown) => (body as ErrorBody).details?.fields;
const seriesOf = (forecast: ScalingForecast, instance: string) => forecast.series.find((s) => s.labels.instance === instance)!;
const crossingMs = (series: SeriesForecast, method: 'linear' | 'holt') => Date.parse(series[method]!.crossing!.at);

describe('GET /api/v1/scaling/forecast', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-forecast-'));
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const forecast = (query: Record<string, string>) => request(app.getHttpServer()).get('/api/v1/scaling/forecast').query(query);

  /** Stores `valueAt(i)` for each sample, one a minute up to now. */
  async function store(name: string, labels: Record<string, string>, valueAt: (i: number) => number): Promise<void> {
    const repository = app.get(MetricHistoryRepository);
    const series = { name, type: 'gauge' as const, help: name, labels, bounds: null, buckets: null };
    const [id] = await repository.resolveSeriesIds([{ ...series, value: 0 }], new Date(NOW));
    const rows = Array.from({ length: SAMPLES }, (_, i) => ({ seriesId: id!, ts: new Date(NOW - (SAMPLES - 1 - i) * MINUTE), value: valueAt(i), buckets: null }));
    await repository.insertSamples(rows);
  }

  beforeAll(async () => {
    database = await openOwnDatabase();
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir, COLLECT_INTERVAL_MS: '15000' }, { clock: new ManualClock(NOW) });
    // api-1 rises 1 point a minute from 30 %: 50 % now, at the cpu policy's 70 % scale-up bound in 20 minutes.
    await store(CPU, { instance: 'api-1' }, (i) => 0.3 + i * 0.01);
    await store(CPU, { instance: 'api-2' }, () => 0.4);
    // 100 GB free, 1 GB less a minute: 80 GB now, 10 GB in 70 minutes.
    await store(DISK, { mount: '/data' }, (i) => 100e9 - i * 1e9);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("forecasts a policy metric per instance and finds the rising one's crossing exact to the sample interval", async () => {
    const answer = (await forecast({ service: 'vigil', metric: 'cpu', window: '1h' }).expect(200)).body as ScalingForecast;
    expect(answer).toMatchObject({
      service: 'vigil',
      metric: 'cpu',
      source: { metric: CPU, aggregation: 'avg', matchers: {}, ratioOf: null },
      by: 'instance',
      at: new Date(NOW).toISOString(),
      from: new Date(NOW - 3_600_000).toISOString(),
      // 1h at the 15 s collection interval is 240 points: within the limit.
      stepMs: 15_000,
      threshold: 0.7,
      direction: 'above',
      methods: ['linear', 'holt'],
      horizonSeconds: 7 * 86_400,
      resolution: 'raw',
    });
    const rising = seriesOf(answer, 'api-1');
    expect(rising.current).toEqual({ at: new Date(NOW).toISOString(), value: 0.5 });
    expect(rising.points).toHaveLength(SAMPLES);
    const expected = NOW + 20 * MINUTE;
    for (const method of ['linear', 'holt'] as const) {
      expect(Math.abs(crossingMs(rising, method) - expected)).toBeLessThan(MINUTE);
      expect(rising[method]!.crossing!.inSeconds).toBeCloseTo(1200, 0);
      expect(rising[method]!.slopePerSecond).toBeCloseTo(0.01 / 60, 12);
    }
    expect(rising.linear!.crossing!.at).toBe(new Date(expected).toISOString());
    // The line 7 days on: 0.5 + 0.01 × 10080 minutes.
    expect(rising.linear!.predicted).toBeCloseTo(0.5 + 0.01 * 10_080, 6);
  });

  it('finds no crossing on a flat series', async () => {
    const answer = (await forecast({ service: 'vigil', metric: 'cpu', window: '1h' }).expect(200)).body as ScalingForecast;
    const flat = seriesOf(answer, 'api-2');
    expect(flat.linear).toEqual({ value: 0.4, slopePerSecond: 0, predicted: 0.4, crossing: null });
    expect(flat.holt?.crossing).toBeNull();
  });

  it("forecasts the service's mean: 35 % to 45 %, at 70 % in 50 minutes", async () => {
    const answer = (await forecast({ service: 'vigil', metric: 'cpu', window: '1h', method: 'linear' }).expect(200)).body as ScalingForecast;
    expect(answer.mean!.current?.value).toBeCloseTo(0.45, 12);
    expect(Math.abs(crossingMs(answer.mean!, 'linear') - (NOW + 50 * MINUTE))).toBeLessThan(MINUTE);
    expect(answer.mean!.holt).toBeNull();
  });

  it('answers no crossing within a horizon that ends before it', async () => {
    const answer = (await forecast({ service: 'vigil', metric: 'cpu', window: '1h', horizon: '10m' }).expect(200)).body as ScalingForecast;
    expect(seriesOf(answer, 'api-1').linear).toMatchObject({ predicted: expect.closeTo(0.6, 10), crossing: null });
  });

  it('forecasts any stored metric with an aggregation, each series apart, falling below a threshold', async () => {
    const answer = (
      await forecast({ service: 'vigil', metric: DISK, aggregation: 'last', threshold: '10e9', direction: 'below', window: '30m', step: '1m' }).expect(200)
    ).body as ScalingForecast;
    expect(answer).toMatchObject({ by: 'series', threshold: 10e9, direction: 'below', stepMs: MINUTE, source: { metric: DISK, aggregation: 'last' } });
    const [disk] = answer.series;
    expect(disk!.labels).toEqual({ mount: '/data' });
    expect(disk!.linear!.slopePerSecond).toBeCloseTo(-1e9 / 60, 3);
    expect(disk!.linear!.crossing!.at).toBe(new Date(NOW + 70 * MINUTE).toISOString());
  });

  it('answers no crossing for a stored metric without a threshold', async () => {
    const answer = (await forecast({ service: 'vigil', metric: DISK, aggregation: 'avg' }).expect(200)).body as ScalingForecast;
    // The default 6h window: 1440 points at 15 s is over the limit, so one a minute, from the 1-minute rollups.
    expect(answer).toMatchObject({ threshold: null, stepMs: MINUTE, resolution: '1m' });
    expect(answer.series[0]!.linear?.crossing).toBeNull();
  });

  it.each([
    ['a window over 7 days', { window: '8d' }, 'window'],
    ['a horizon over 90 days', { horizon: '91d' }, 'horizon'],
    ['a smoothing factor of 1', { smoothing: '1' }, 'smoothing'],
    ['a trend factor of 0', { trend: '0' }, 'trend'],
    ['a metric the policy does not have', { metric: 'queue_depth' }, 'metric'],
    ['a percentile of a gauge', { metric: DISK, aggregation: 'p95' }, 'aggregation'],
    ['malformed labels', { labels: 'no-equals' }, 'labels'],
  ])('refuses %s with a 400 naming the field', async (_case, extra, field) => {
    const res = await forecast({ service: 'vigil', metric: 'cpu', ...extra }).expect(400);
    expect(problemsOf(res.body)?.map((p) => p.field)).toEqual([field]);
  });

  it('answers 404 for a service it does not know', async () => {
    await forecast({ service: 'billing', metric: 'cpu' }).expect(404);
  });
});
