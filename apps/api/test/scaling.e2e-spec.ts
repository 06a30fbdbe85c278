/**
 * The Scalability module over HTTP: the stateless recommend route, policies and the
 * toggle, each service's recommendation from stored per-instance samples, the decision
 * log, and a scale-down held by the stabilization window across a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ScalingDecision, ScalingRecommendation, ScalingServiceStatus, ServiceScalingPolicy } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { ScalingCycle } from '../src/scaling/decisions/scaling-cycle.service.js';
import { VIGIL_PRESENCE_METRIC as PRESENCE_METRIC } from '../src/scaling/recommendation/service-scope.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const START = Date.UTC(2026, 11, 1, 12, 0, 0);
const CPU = 'vigil_system_cpu_utilisation_ratio';

const problemsOf = (body: unknown) => (body as ErrorBody).details?.fields;

describe('scaling', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-scaling-'));
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const clock = new ManualClock(START);
  const http = () => request(app.getHttpServer());

  const boot = async () => {
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir, COLLECT_INTERVAL_MS: '15000' }, { clock });
  };

  /** Stores one collection of each instance: its presence and its CPU utilisation, at the clock's time. */
  async function collect(cpuByInstance: Record<string, number>): Promise<void> {
    const repository = app.get(MetricHistoryRepository);
    const at = clock.now();
    const samples = Object.entries(cpuByInstance).flatMap(([instance, cpu]) => [
      { name: PRESENCE_METRIC, type: 'gauge' as const, help: 'start time', labels: { instance }, value: START / 1000, bounds: null, buckets: null },
      { name: CPU, type: 'gauge' as const, help: 'cpu', labels: { instance }, value: cpu, bounds: null, buckets: null },
    ]);
    const ids = await repository.resolveSeriesIds(samples, at);
    await repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i]!, ts: at, value: s.value, buckets: null })));
  }

  const services = async () => ((await http().get('/api/v1/scaling/services').expect(200)).body as ScalingServiceStatus[])[0]!;

  beforeAll(async () => {
    database = await openOwnDatabase();
    await boot();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('POST /api/v1/scaling/recommend', () => {
    it("answers the HPA's count for the numbers given, with Kubernetes' defaults filled in", async () => {
      const res = await http()
        .post('/api/v1/scaling/recommend')
        .send({
          currentReplicas: 3,
          maxReplicas: 10,
          metrics: [
            { name: 'cpu', target: 0.5, instances: [{ name: 'a', value: 0.9 }, { name: 'b', value: 0.8 }, { name: 'c', value: 1.0 }] },
            { name: 'queue', current: 40, target: 20 },
          ],
          behavior: {},
          history: { recommendations: [] },
          now: '2026-12-01T12:00:00Z',
        })
        .expect(200);
      const answer = res.body as ScalingRecommendation;
      // cpu: avg 0.9 / 0.5 = 1.8 → ⌈5.4⌉ = 6; queue: 2 × 3 = 6 → tie, the first metric stays.
      expect(answer).toMatchObject({ currentReplicas: 3, desiredReplicas: 6, proposedReplicas: 6, limitedBy: 'DesiredWithinRange', decidingMetric: 'cpu' });
      expect(answer.metrics.map((m) => [m.name, m.ratio, m.desiredReplicas])).toEqual([
        ['cpu', 1.8, 6],
        ['queue', 2, 6],
      ]);
    });

    it('holds a scale-up to the default policy: 4 pods or 100% per 15 s, whichever is more', async () => {
      const res = await http()
        .post('/api/v1/scaling/recommend')
        .send({ currentReplicas: 2, maxReplicas: 50, metrics: [{ name: 'rps', current: 100, target: 10 }], behavior: {}, now: '2026-12-01T12:00:00Z' })
        .expect(200);
      expect(res.body).toMatchObject({ desiredReplicas: 6, proposedReplicas: 20, limitedBy: 'ScaleUpLimit' });
    });

    it.each([
      ['negative replicas', { currentReplicas: -1, maxReplicas: 3, metrics: [{ name: 'x', current: 1, target: 1 }] }, 'currentReplicas'],
      ['min above max', { currentReplicas: 3, minReplicas: 5, maxReplicas: 3, metrics: [{ name: 'x', current: 1, target: 1 }] }, 'maxReplicas'],
      [
        'an unknown policy type',
        { currentReplicas: 3, maxReplicas: 9, metrics: [{ name: 'x', current: 1, target: 1 }], behavior: { scaleUp: { policies: [{ type: 'Nodes', value: 1, periodSeconds: 15 }] } } },
        'behavior.scaleUp.policies[0].type',
      ],
      [
        'a period over 1800 s',
        { currentReplicas: 3, maxReplicas: 9, metrics: [{ name: 'x', current: 1, target: 1 }], behavior: { scaleDown: { policies: [{ type: 'Pods', value: 1, periodSeconds: 1801 }] } } },
        'behavior.scaleDown.policies[0].periodSeconds',
      ],
    ])('refuses %s with a 400 naming the field', async (_case, body, field) => {
      const res = await http().post('/api/v1/scaling/recommend').send(body).expect(400);
      expect(problemsOf(res.body)?.map((p) => p.field)).toEqual([field]);
    });
  });

  describe('policies and the toggle', () => {
    it("gives the defaults while none is stored: the seed's thresholds as targets and tolerances", async () => {
      const policy = (await http().get('/api/v1/scaling/policies/vigil').expect(200)).body as ServiceScalingPolicy;
      expect(policy).toMatchObject({ service: 'vigil', minReplicas: 2, maxReplicas: 20, autoScaling: false, isDefault: true, updatedAt: null });
      const cpu = policy.metrics.find((m) => m.name === 'cpu')!;
      expect([cpu.target, cpu.scaleUpTolerance, cpu.scaleDownTolerance]).toEqual([0.5, 0.4, 0.4]);
      expect(policy.behavior.scaleDown).toMatchObject({ stabilizationWindowSeconds: 300, selectPolicy: 'Max' });
    });

    it('refuses a policy with min above max, naming the field, and stores nothing', async () => {
      const res = await http().put('/api/v1/scaling/policies/vigil').send({ minReplicas: 5, maxReplicas: 3 }).expect(400);
      expect(problemsOf(res.body)).toEqual([{ field: 'maxReplicas', problem: 'must be at least minReplicas (5)' }]);
      expect(((await http().get('/api/v1/scaling/policies/vigil').expect(200)).body as ServiceScalingPolicy).isDefault).toBe(true);
    });

    it('answers 404 for a service it does not know, and 400 for a malformed name', async () => {
      await http().get('/api/v1/scaling/policies/billing').expect(404);
      const res = await http().put('/api/v1/scaling/policies/Not%20A%20Name').send({}).expect(400);
      expect(problemsOf(res.body)?.[0]?.field).toBe('service');
    });

    it('turns auto-scaling on and off, and refuses a body without enabled', async () => {
      expect(((await http().post('/api/v1/scaling/auto-scaling').send({ service: 'vigil', enabled: true }).expect(200)).body as ServiceScalingPolicy).autoScaling).toBe(true);
      const bad = await http().post('/api/v1/scaling/auto-scaling').send({ service: 'vigil' }).expect(400);
      expect(problemsOf(bad.body)?.map((p) => p.field)).toEqual(['enabled']);
      expect(((await http().get('/api/v1/scaling/policies/vigil').expect(200)).body as ServiceScalingPolicy).autoScaling).toBe(true);
      await http().post('/api/v1/scaling/auto-scaling').send({ service: 'vigil', enabled: false }).expect(200);
    });

    it('stores a policy and keeps the toggle as it was', async () => {
      const res = await http()
        .put('/api/v1/scaling/policies/vigil')
        .send({
          minReplicas: 2,
          maxReplicas: 10,
          metrics: [{ name: 'cpu', source: { metric: CPU, aggregation: 'avg', window: '1m' }, target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 0.1 }],
        })
        .expect(200);
      expect(res.body).toMatchObject({ service: 'vigil', minReplicas: 2, maxReplicas: 10, isDefault: false, autoScaling: false });
    });
  });

  describe('each service from its instances', () => {
    it('recommends from the stored per-instance values and logs a change of the desired count once', async () => {
      await collect({ 'api-1': 0.9, 'api-2': 0.8, 'api-3': 1.0 });
      const status = await services();
      expect(status).toMatchObject({ service: 'vigil', currentReplicas: 3, desiredReplicas: 6, decidingMetric: 'cpu', limitedBy: 'DesiredWithinRange' });
      expect(status.metrics[0]).toMatchObject({ name: 'cpu', ratio: 1.8, desiredReplicas: 6, instances: { ready: 3, missing: 0, notReady: 0 } });

      await app.get(ScalingCycle).run();
      await app.get(ScalingCycle).run();
      const log = (await http().get('/api/v1/scaling/events').query({ service: 'vigil' }).expect(200)).body as ScalingDecision[];
      expect(log.map((d) => [d.fromReplicas, d.toReplicas, d.limitedBy, d.applied, d.note])).toEqual([[3, 6, 'DesiredWithinRange', false, 'auto-scaling is off']]);
      await http().get('/api/v1/scaling/events').query({ limit: 501 }).expect(400);
    });

    it('exports the recommendation in /metrics for KEDA or an HPA on external metrics', async () => {
      const scrape = (await http().get('/metrics').expect(200)).text;
      expect(scrape).toMatch(/^vigil_scaling_desired_replicas\{service="vigil"\} 6$/m);
      expect(scrape).toMatch(/^vigil_scaling_current_replicas\{service="vigil"\} 3$/m);
      expect(scrape).toMatch(/^vigil_scaling_metric_ratio\{service="vigil",metric="cpu"\} 1\.8$/m);
    });

    it('holds a scale-down for the stabilization window, across an API restart', async () => {
      // A minute later the load is gone and nothing was applied: the metrics propose 2,
      // but 6 was recommended within the last 300 s, so the count stays at the current 3.
      clock.advance(60_000);
      await collect({ 'api-1': 0.2, 'api-2': 0.2, 'api-3': 0.2 });
      await app.get(ScalingCycle).run();
      expect(await services()).toMatchObject({ currentReplicas: 3, desiredReplicas: 3, stabilizedBy: 'ScaleDownStabilized' });

      await app.close();
      clock.advance(60_000);
      await boot();
      await collect({ 'api-1': 0.2, 'api-2': 0.2, 'api-3': 0.2 });
      expect(await services()).toMatchObject({ desiredReplicas: 3, stabilizedBy: 'ScaleDownStabilized' });

      // Past 300 s since the last high recommendation, the scale-down goes through.
      clock.advance(300_000);
      await collect({ 'api-1': 0.2, 'api-2': 0.2, 'api-3': 0.2 });
      await app.get(ScalingCycle).run();
      expect(await services()).toMatchObject({ desiredReplicas: 2, limitedBy: 'DesiredWithinRange' });
    }, 60_000);
  });
});
