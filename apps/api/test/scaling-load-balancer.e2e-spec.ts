/**
 * `GET /api/v1/scaling/load-balancer` from stored request counters and recorded health
 * checks: each instance's share, error rate and readiness, the imbalance, and the
 * instances flagged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, LoadBalancerView } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { HealthCheckRepository } from '../src/health/history/health-check.repository.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import type { SeriesSample } from '../src/metrics/history/registry-snapshot.js';
import { VIGIL_PRESENCE_METRIC as PRESENCE_METRIC } from '../src/scaling/recommendation/service-scope.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

describe('GET /api/v1/scaling/load-balancer', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-balance-'));
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await openOwnDatabase();
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir }, { clock: new ManualClock(NOW) });
    const counter = (instance: string, statusClass: string, value: number): SeriesSample => ({
      name: 'vigil_http_requests_total',
      type: 'counter',
      help: 'requests',
      labels: { instance, method: 'GET', route: '/api/v1/alerts', status_class: statusClass },
      value,
      bounds: null,
      buckets: null,
    });
    const presence = (instance: string): SeriesSample => ({ name: PRESENCE_METRIC, type: 'gauge', help: 'start', labels: { instance }, value: 1, bounds: null, buckets: null });
    // Four minutes ago every counter stood at 0; now api-1 answered 600, api-2 180 + 20 errors, api-3 200.
    const before = [counter('api-1', '2xx', 0), counter('api-2', '2xx', 0), counter('api-2', '5xx', 0), counter('api-3', '2xx', 0)];
    const after = [counter('api-1', '2xx', 600), counter('api-2', '2xx', 180), counter('api-2', '5xx', 20), counter('api-3', '2xx', 200), presence('api-1'), presence('api-2'), presence('api-3')];
    const repository = app.get(MetricHistoryRepository);
    for (const [at, samples] of [[NOW - 240_000, before], [NOW, after]] as const) {
      const ids = await repository.resolveSeriesIds(samples, new Date(at));
      await repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i]!, ts: new Date(at), value: s.value, buckets: null })));
    }
    const check = (instance: string, component: string, status: 'up' | 'down') => ({ instance, component, status, isCritical: true, responseTimeMs: 1, message: null, checkedAt: new Date(NOW - 10_000) });
    await app.get(HealthCheckRepository).insertMany([check('api-1', 'database', 'up'), check('api-2', 'database', 'down'), check('api-2', 'cache', 'up')]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows each instance's share, error rate and readiness, and flags the overloaded and the not-ready one", async () => {
    const view = (await http().get('/api/v1/scaling/load-balancer').expect(200)).body as LoadBalancerView;
    expect(view).toMatchObject({ service: 'vigil', window: '5m', totalRequests: 1_000 });
    expect(view.imbalance).toBeCloseTo(1.8, 12);
    expect(view.instances.map((i) => [i.instance, i.requests, i.share, i.errorRate, i.isReady, i.flags])).toEqual([
      ['api-1', 600, 0.6, 0, true, ['overloaded']],
      ['api-2', 200, 0.2, 0.1, false, ['not-ready-with-traffic']],
      ['api-3', 200, 0.2, 0, null, []],
    ]);
  });

  it('refuses a window outside 1m to 1h naming it, and answers 404 for a service it does not know', async () => {
    const res = await http().get('/api/v1/scaling/load-balancer').query({ window: '2h' }).expect(400);
    expect((res.body as ErrorBody).details?.fields?.map((f) => f.field)).toEqual(['window']);
    await http().get('/api/v1/scaling/load-balancer').query({ service: 'billing' }).expect(404);
  });
});
