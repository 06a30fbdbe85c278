/**
 * The scaling executor end to end: decisions of a service with auto-scaling on, applied
 * through a fake Kubernetes API server (scale subresource, HPA list) and a webhook
 * receiver on loopback, in each mode the configuration allows; and the policy's
 * workload as the contract checks it.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ScalingWebhookBody, type ErrorBody, type ScalingDecision, type ServiceScalingPolicy } from '@vigil/types';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { ScalingCycle } from '../src/scaling/decisions/scaling-cycle.service.js';
import { ScalingHistoryRepository } from '../src/scaling/decisions/scaling-history.repository.js';
import { VIGIL_PRESENCE_METRIC as PRESENCE_METRIC } from '../src/scaling/recommendation/service-scope.js';
import { FakeKubernetes } from './support/fake-kubernetes.js';
import { FakeReceiver } from './support/fake-receiver.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const START = Date.UTC(2026, 11, 1, 12, 0, 0);
const CPU = 'vigil_system_cpu_utilisation_ratio';
const SECRET = 'scaling-webhook-secret';
const API = { kind: 'Deployment', namespace: 'prod', name: 'vigil-api' } as const;

describe('scaling executor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-scaling-executor-'));
  const clock = new ManualClock(START);
  let database: OwnDatabase;
  let kubernetes: FakeKubernetes;
  let receiver: FakeReceiver;
  let kubeconfig: string;
  let app: NestFastifyApplication | undefined;
  const http = () => request(app!.getHttpServer());

  async function boot(env: Record<string, string>): Promise<void> {
    await app?.close();
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dir, COLLECT_INTERVAL_MS: '15000', ...env }, { clock });
  }

  /**
   * One sync period later: three instances at the CPU target (no metric asks for a
   * change) and a policy whose minimum is `minReplicas`, so the desired count becomes
   * exactly that (TooFewReplicas, no rate limit applies); then the cycle runs.
   */
  async function decide(minReplicas: number, policy: Record<string, unknown> = { workload: API }): Promise<ScalingDecision> {
    clock.advance(15_000);
    const repository = app!.get(MetricHistoryRepository);
    const samples = ['api-1', 'api-2', 'api-3'].flatMap((instance) => [
      { name: PRESENCE_METRIC, type: 'gauge' as const, help: 'start time', labels: { instance }, value: START / 1000, bounds: null, buckets: null },
      { name: CPU, type: 'gauge' as const, help: 'cpu', labels: { instance }, value: 0.5, bounds: null, buckets: null },
    ]);
    const ids = await repository.resolveSeriesIds(samples, clock.now());
    await repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i]!, ts: clock.now(), value: s.value, buckets: null })));
    await http().put('/api/v1/scaling/policies/vigil').send({ minReplicas, maxReplicas: 20, ...policy }).expect(200);
    await app!.get(ScalingCycle).run();
    const [latest] = (await http().get('/api/v1/scaling/events').query({ service: 'vigil', limit: 1 }).expect(200)).body as ScalingDecision[];
    expect(latest).toMatchObject({ at: clock.now().toISOString(), toReplicas: minReplicas, limitedBy: 'TooFewReplicas' });
    return latest!;
  }

  const setAutoScaling = (enabled: boolean) => http().post('/api/v1/scaling/auto-scaling').send({ service: 'vigil', enabled }).expect(200);

  beforeAll(async () => {
    [database, kubernetes, receiver] = await Promise.all([openOwnDatabase(), FakeKubernetes.start(), FakeReceiver.start()]);
    kubeconfig = kubernetes.writeKubeconfig(dir);
    kubernetes.setReplicas('Deployment', 'prod', 'vigil-api', 3);
    // An HPA in the namespace for another workload does not stop Vigil.
    kubernetes.addAutoscaler('prod', 'worker', { kind: 'Deployment', name: 'worker' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all([kubernetes?.stop(), receiver?.stop(), database?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('SCALING_EXECUTOR=kubernetes', () => {
    beforeAll(() => boot({ SCALING_EXECUTOR: 'kubernetes', KUBECONFIG: kubeconfig, SCALING_EXECUTOR_TIMEOUT_MS: '500' }), 60_000);

    it('only records the decision while the service has auto-scaling off', async () => {
      const before = kubernetes.received.length;
      const decision = await decide(4);
      expect(decision).toMatchObject({ fromReplicas: 3, applied: false, note: 'auto-scaling is off' });
      expect(kubernetes.callsSince(before)).toEqual([]);
    });

    it('reads the scale, checks the HPAs, and merge-patches spec.replicas of the workload', async () => {
      await setAutoScaling(true);
      const before = kubernetes.received.length;
      const decision = await decide(5);
      expect(decision).toMatchObject({ fromReplicas: 4, toReplicas: 5, applied: true, note: null });
      expect(kubernetes.callsSince(before)).toEqual([
        'GET /apis/apps/v1/namespaces/prod/deployments/vigil-api/scale',
        'GET /apis/autoscaling/v2/namespaces/prod/horizontalpodautoscalers',
        'PATCH /apis/apps/v1/namespaces/prod/deployments/vigil-api/scale',
      ]);
      const patch = kubernetes.received.at(-1)!;
      expect(patch.body).toEqual({ spec: { replicas: 5 } });
      expect(patch.headers['content-type']).toBe('application/merge-patch+json');
      expect([patch.query.get('dryRun'), patch.query.get('fieldManager')]).toEqual([null, 'vigil']);
      expect(kubernetes.replicasOf('Deployment', 'prod', 'vigil-api')).toBe(5);
      // Applied, it is a scale event the rate-limit policies count.
      const events = await app!.get(ScalingHistoryRepository).appliedSince('vigil', new Date(START));
      expect(events.map((e) => [e.from, e.to])).toEqual([[4, 5]]);
    });

    it('refuses to act on a workload an HPA already scales, naming the HPA, and sends no PATCH', async () => {
      kubernetes.addAutoscaler('prod', 'vigil-api-hpa', { kind: 'Deployment', name: 'vigil-api' });
      const before = kubernetes.received.length;
      const decision = await decide(6);
      expect(decision).toMatchObject({ fromReplicas: 5, toReplicas: 6, applied: false });
      expect(decision.note).toBe('HorizontalPodAutoscaler prod/vigil-api-hpa already scales Deployment prod/vigil-api');
      expect(kubernetes.callsSince(before).filter((call) => call.startsWith('PATCH'))).toEqual([]);
      expect(kubernetes.replicasOf('Deployment', 'prod', 'vigil-api')).toBe(5);
    });

    it("records the API server's refusal as a failure and the cycle goes on", async () => {
      const decision = await decide(7, { workload: { kind: 'StatefulSet', namespace: 'prod', name: 'missing' } });
      expect(decision).toMatchObject({ fromReplicas: 6, applied: false });
      expect(decision.note).toBe(
        'kubernetes executor failed: Kubernetes answered HTTP 404 reading the scale of StatefulSet prod/missing: statefulsets.apps "missing" not found',
      );
    });

    it('gives up on a call after SCALING_EXECUTOR_TIMEOUT_MS', async () => {
      kubernetes.hang();
      try {
        const decision = await decide(8);
        expect(decision.note).toBe('kubernetes executor failed: no answer from Kubernetes within 500 ms reading the scale of Deployment prod/vigil-api');
      } finally {
        kubernetes.answer();
      }
    });

    it('says so when the policy names no workload', async () => {
      const decision = await decide(9, {});
      expect(decision).toMatchObject({ applied: false, note: 'the policy names no workload to scale' });
    });
  });

  describe('SCALING_EXECUTOR=kubernetes with SCALING_DRY_RUN', () => {
    beforeAll(() => boot({ SCALING_EXECUTOR: 'kubernetes', KUBECONFIG: kubeconfig, SCALING_DRY_RUN: 'true' }), 60_000);

    it('sends the PATCH with dryRun=All and records the decision as not applied', async () => {
      kubernetes.setReplicas('Deployment', 'prod', 'other', 2);
      const before = kubernetes.received.length;
      const decision = await decide(10, { workload: { kind: 'Deployment', namespace: 'prod', name: 'other' } });
      expect(decision).toMatchObject({ applied: false, note: 'dry run: Kubernetes accepted Deployment prod/other at 10 replicas (now 2)' });
      const patch = kubernetes.received.slice(before).find((r) => r.method === 'PATCH')!;
      expect([patch.path, patch.query.get('dryRun'), patch.body]).toEqual(['/apis/apps/v1/namespaces/prod/deployments/other/scale', 'All', { spec: { replicas: 10 } }]);
      expect(kubernetes.replicasOf('Deployment', 'prod', 'other')).toBe(2);
    });
  });

  describe('SCALING_EXECUTOR=webhook', () => {
    beforeAll(() => boot({ SCALING_EXECUTOR: 'webhook', SCALING_WEBHOOK_URL: receiver.url('/scale'), SCALING_WEBHOOK_SECRET: SECRET }), 60_000);

    it('posts the decision as signed JSON and records a 2xx as applied', async () => {
      const before = receiver.received.length;
      const decision = await decide(11);
      expect(decision).toMatchObject({ fromReplicas: 10, toReplicas: 11, applied: true, note: null });
      const [posted] = receiver.received.slice(before);
      expect(posted).toMatchObject({ method: 'POST', path: '/scale' });
      expect(posted!.headers['content-type']).toBe('application/json');
      expect(posted!.headers['x-vigil-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(posted!.rawBody).digest('hex')}`);
      expect(ScalingWebhookBody.parse(posted!.json())).toEqual({
        service: 'vigil',
        from: 10,
        to: 11,
        reason: 'TooFewReplicas',
        decidingMetric: null,
        at: clock.now().toISOString(),
        dryRun: false,
        workload: API,
      });
    });

    it('records any other answer as a failure with its status', async () => {
      receiver.respondWith(500, 'receiver is down');
      try {
        const decision = await decide(12);
        expect(decision).toMatchObject({ fromReplicas: 11, applied: false, note: 'webhook executor failed: receiver answered HTTP 500: receiver is down' });
      } finally {
        receiver.respondWith(200, 'ok');
      }
      // Not applied: no scale event for the rate limits.
      const events = await app!.get(ScalingHistoryRepository).appliedSince('vigil', new Date(START));
      expect(events.map((e) => e.to)).toEqual([5, 11]);
    });
  });

  describe('SCALING_EXECUTOR=none', () => {
    beforeAll(() => boot({ SCALING_EXECUTOR: 'none' }), 60_000);

    it('sends nothing with auto-scaling on, and says no executor is configured', async () => {
      const sent = [kubernetes.received.length, receiver.received.length];
      const decision = await decide(13);
      expect(decision).toMatchObject({ applied: false, note: 'no executor is configured' });
      expect([kubernetes.received.length, receiver.received.length]).toEqual(sent);
    });

    it('refuses a malformed workload name with a 400 naming workload.name, and stores nothing', async () => {
      const stored = (await http().get('/api/v1/scaling/policies/vigil').expect(200)).body as ServiceScalingPolicy;
      const res = await http()
        .put('/api/v1/scaling/policies/vigil')
        .send({ minReplicas: 2, workload: { kind: 'Deployment', namespace: 'prod', name: 'Vigil_API' } })
        .expect(400);
      expect([...new Set((res.body as ErrorBody).details?.fields?.map((p) => p.field))]).toEqual(['workload.name']);
      expect((await http().get('/api/v1/scaling/policies/vigil').expect(200)).body).toEqual(stored);
    });

    it('keeps the workload when auto-scaling is toggled', async () => {
      await setAutoScaling(false);
      expect(((await http().get('/api/v1/scaling/policies/vigil').expect(200)).body as ServiceScalingPolicy).workload).toEqual(API);
    });
  });
});
