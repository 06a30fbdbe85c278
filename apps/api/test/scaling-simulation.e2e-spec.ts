/**
 * `POST /api/v1/scaling/simulate` on stored history: a noisy stretch flaps more with no
 * scale-down window than with the default 300 s; a flat stretch makes no scale event;
 * ranges the stored history cannot serve are refused, naming the field.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ScalingSimulation } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { VIGIL_PRESENCE_METRIC as PRESENCE_METRIC } from '../src/scaling/recommendation/service-scope.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
/** Two hours of history: a noisy first hour, then a flat one. */
const NOISY_FROM = NOW - 120 * MINUTE;
const FLAT_FROM = NOW - 60 * MINUTE;
const CPU = 'vigil_system_cpu_utilisation_ratio';
const INSTANCES = ['api-1', 'api-2', 'api-3'];

const cpuMetric = { name: 'cpu', source: { metric: CPU, aggregation: 'avg', window: '1m' }, target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 0.1 };

describe('POST /api/v1/scaling/simulate', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-simulate-'));
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());
  const simulate = (body: object) => http().post('/api/v1/scaling/simulate').send(body);

  beforeAll(async () => {
    database = await openOwnDatabase();
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir }, { clock: new ManualClock(NOW) });
    // The current policy: cpu alone, between 1 and 20 replicas, the default behavior (300 s down window).
    await http().put('/api/v1/scaling/policies/vigil').send({ minReplicas: 1, maxReplicas: 20, metrics: [cpuMetric] }).expect(200);

    const repository = app.get(MetricHistoryRepository);
    const samples = [];
    for (let at = NOISY_FROM; at < NOW; at += 15_000) {
      const minute = Math.floor((at - NOISY_FROM) / MINUTE);
      // Two busy minutes, two quiet ones, for an hour; then steady at the target.
      const cpu = at < FLAT_FROM ? (minute % 4 < 2 ? 0.9 : 0.2) : 0.5;
      for (const instance of INSTANCES) {
        samples.push({ at, sample: { name: PRESENCE_METRIC, type: 'gauge' as const, help: 'start', labels: { instance }, value: 1, bounds: null, buckets: null } });
        samples.push({ at, sample: { name: CPU, type: 'gauge' as const, help: 'cpu', labels: { instance }, value: cpu, bounds: null, buckets: null } });
      }
    }
    const ids = await repository.resolveSeriesIds(samples.map((s) => s.sample), new Date(NOW));
    await repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i]!, ts: new Date(s.at), value: s.sample.value, buckets: null })));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('flaps more on a noisy stretch with no scale-down window than with the current 300 s', async () => {
    const res = await simulate({
      service: 'vigil',
      from: new Date(NOISY_FROM).toISOString(),
      to: new Date(FLAT_FROM).toISOString(),
      step: '1m',
      proposed: { minReplicas: 1, maxReplicas: 20, behavior: { scaleDown: { stabilizationWindowSeconds: 0 } }, metrics: [cpuMetric] },
    }).expect(200);
    const simulation = res.body as ScalingSimulation;
    expect(simulation).toMatchObject({ service: 'vigil', steps: 60, stepMs: MINUTE });
    expect(simulation.observed).toEqual({ timeline: [{ at: new Date(NOISY_FROM).toISOString(), replicas: 3 }], instanceHours: 3 });
    expect(simulation.proposed.scaleEvents).toBeGreaterThan(simulation.current.scaleEvents);
    expect(simulation.proposed.scaleEvents).toBeGreaterThanOrEqual(25);
    expect(simulation.current.scaleEvents).toBeLessThanOrEqual(2);
    // Holding the busy count costs instance-hours; dropping it costs time above target.
    expect(simulation.current.instanceHours).toBeGreaterThan(simulation.proposed.instanceHours);
    expect(simulation.current.aboveTargetSeconds).toBeLessThan(simulation.proposed.aboveTargetSeconds);
  });

  it('makes no scale event on a flat stretch at the target', async () => {
    const res = await simulate({ service: 'vigil', from: new Date(FLAT_FROM).toISOString(), to: new Date(NOW).toISOString(), proposed: { minReplicas: 1, metrics: [cpuMetric] } }).expect(200);
    const simulation = res.body as ScalingSimulation;
    expect([simulation.current.scaleEvents, simulation.proposed.scaleEvents]).toEqual([0, 0]);
    expect(simulation.current.timeline).toEqual([{ at: new Date(FLAT_FROM).toISOString(), replicas: 3 }]);
    expect(simulation.current.aboveTargetSeconds).toBe(0);
  });

  it.each([
    ['a range over 7 days', { from: new Date(NOW - 8 * 86_400_000).toISOString() }, 'from'],
    ['an end before the start', { from: new Date(FLAT_FROM).toISOString(), to: new Date(NOISY_FROM).toISOString() }, 'to'],
    ['an end in the future', { from: new Date(FLAT_FROM).toISOString(), to: new Date(NOW + MINUTE).toISOString() }, 'to'],
    ['too many steps', { from: new Date(NOW - 6 * 86_400_000).toISOString(), step: '15s' }, 'step'],
    ['a step finer than the history kept that far back', { from: new Date(NOW - 3 * 86_400_000).toISOString(), step: '30s' }, 'step'],
    ['a proposed policy with min above max', { from: new Date(FLAT_FROM).toISOString(), proposed: { minReplicas: 5, maxReplicas: 3 } }, 'proposed.maxReplicas'],
  ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
    const res = await simulate({ service: 'vigil', proposed: {}, ...change }).expect(400);
    expect((res.body as ErrorBody).details?.fields?.map((f) => f.field)).toEqual([field]);
  });

  it('answers 404 for a service it does not know', async () => {
    await simulate({ service: 'billing', from: new Date(FLAT_FROM).toISOString(), proposed: {} }).expect(404);
  });
});
