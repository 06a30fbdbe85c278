/**
 * Scaling a service Vigil scrapes: its instances are those with `up` under its
 * `service` label, its default policy reads the standard names @vigil/nestjs exposes,
 * and its recommendation is the HPA's over those instances.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ScalingServiceStatus, ServiceScalingPolicy } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import type { SeriesSample } from '../src/metrics/history/registry-snapshot.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const START = Date.UTC(2026, 11, 3, 9, 0, 0);
const SCRAPE_MS = 15_000;

describe('scaling a scraped service', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-scaling-scraped-'));
  const clock = new ManualClock(START);
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await openOwnDatabase();
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir }, { clock });
    // Targets make the service known; their scrapes are played below with the clock.
    for (const instance of ['orders-a', 'orders-b']) {
      await http().post('/api/v1/targets').send({ service: 'orders', instance, url: `http://127.0.0.1:9/${instance}/metrics` }).expect(201);
    }
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** One scrape of each instance at the clock's time: `up` and its CPU counter (seconds used so far). */
  async function scrape(cpuSecondsByInstance: Record<string, number>): Promise<void> {
    const repository = app.get(MetricHistoryRepository);
    const at = clock.now();
    const gauge = (name: string, instance: string, value: number, type: 'gauge' | 'counter' = 'gauge'): SeriesSample => ({
      name,
      type,
      help: name,
      labels: { service: 'orders', instance },
      value,
      bounds: null,
      buckets: null,
    });
    const samples = Object.entries(cpuSecondsByInstance).flatMap(([instance, cpu]) => [
      gauge('up', instance, 1),
      gauge('process_cpu_seconds_total', instance, cpu, 'counter'),
    ]);
    const ids = await repository.resolveSeriesIds(samples, at);
    await repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i]!, ts: at, value: s.value, buckets: null })));
  }

  it("defaults its policy to the standard names, and lists it beside Vigil's own", async () => {
    const policy = (await http().get('/api/v1/scaling/policies/orders').expect(200)).body as ServiceScalingPolicy;
    expect(policy).toMatchObject({ service: 'orders', isDefault: true, minReplicas: 2, maxReplicas: 20 });
    expect(policy.metrics.map((m) => [m.name, m.source.metric, m.source.aggregation])).toEqual([
      ['cpu', 'process_cpu_seconds_total', 'rate'],
      ['response_time_p95', 'http_server_request_duration_seconds', 'p95'],
    ]);
    await http().get('/api/v1/scaling/policies/payments').expect(404);
  });

  it('recommends from its own instances: CPU at 0.9 of a core against a 0.5 target on 2 instances is 4', async () => {
    // Five scrapes, 15 s apart: each instance uses 0.9 s of CPU per second.
    for (let i = 0; i <= 4; i += 1) {
      await scrape({ 'orders-a': 0.9 * (i * SCRAPE_MS) / 1_000, 'orders-b': 100 + (0.9 * (i * SCRAPE_MS)) / 1_000 });
      if (i < 4) clock.advance(SCRAPE_MS);
    }
    const statuses = (await http().get('/api/v1/scaling/services').expect(200)).body as ScalingServiceStatus[];
    expect(statuses.map((s) => s.service)).toEqual(['vigil', 'orders']);
    const orders = statuses.find((s) => s.service === 'orders')!;
    expect(orders).toMatchObject({ currentReplicas: 2, desiredReplicas: 4, decidingMetric: 'cpu', limitedBy: 'DesiredWithinRange' });
    const cpu = orders.metrics.find((m) => m.name === 'cpu')!;
    expect(cpu).toMatchObject({ ratio: 1.8, desiredReplicas: 4 });
  });

  it('stores a policy put without metrics with the standard defaults, not Vigil’s', async () => {
    const put = (await http().put('/api/v1/scaling/policies/orders').send({ minReplicas: 3, maxReplicas: 6 }).expect(200)).body as ServiceScalingPolicy;
    expect(put).toMatchObject({ service: 'orders', isDefault: false, minReplicas: 3, maxReplicas: 6 });
    expect(put.metrics.map((m) => m.source.metric)).toEqual(['process_cpu_seconds_total', 'http_server_request_duration_seconds']);
  });
});
