import { createHmac } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertRuleInput, NotificationMessage } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DefaultRulesSeeder } from '../src/alerts/rules/default-rules.seeder.js';
import { DEFAULT_RULES } from '../src/alerts/rules/default-rules.js';
import { ManualClock } from '../src/common/clock.js';
import { HealthEvents } from '../src/health/health-events.js';
import { MetricHistoryRepository } from '../src/metrics/history/metric-history.repository.js';
import { AlertingDriver, unique } from './support/alerting.js';
import { FakeReceiver } from './support/fake-receiver.js';
import { startTestApp } from './support/test-app.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const SECRET = 'a-webhook-secret';
// Immediate group notifications; retries from 1 s, so the test moves the clock in seconds.
const ALERTING_ENV = {
  ALERT_GROUP_WAIT_MS: '0',
  ALERT_GROUP_INTERVAL_MS: '0',
  ALERT_DELIVERY_BACKOFF_BASE_MS: '1000',
  ALERT_DELIVERY_TIMEOUT_MS: '2000',
};

/**
 * Every test here evaluates and delivers for the whole database, so they live in one
 * file (one process, one clock); each uses its own metric, rule and receiver.
 */
describe('alert lifecycle', () => {
  let app: NestFastifyApplication;
  let clock: ManualClock;
  let alerting: AlertingDriver;
  let hook: FakeReceiver;
  let channelId: string;

  const queueRule = (metric: string, overrides: Partial<AlertRuleInput> = {}): AlertRuleInput => ({
    name: unique('QueueDeep'),
    query: { metric, matchers: { queue: 'jobs' }, aggregation: 'max', window: '1m' },
    comparator: '>',
    threshold: 5,
    for: '1m',
    keepFiringFor: '1m',
    severity: 'warning',
    labels: { team: 'ops' },
    annotations: { summary: 'Queue deep' },
    channelIds: [channelId],
    enabled: true,
    ...overrides,
  });
  /** One sample now, then one evaluation. */
  const tick = async (metric: string, value: number, advanceMs: number) => {
    clock.advance(advanceMs);
    await alerting.gauge(metric, value, clock.now(), { queue: 'jobs' });
    return alerting.evaluate();
  };
  const messagesTo = (receiver: FakeReceiver) => receiver.received.map((r) => r.json() as NotificationMessage);

  beforeAll(async () => {
    clock = new ManualClock(Date.now());
    app = await startTestApp(ALERTING_ENV, { clock });
    alerting = new AlertingDriver(app);
    hook = await FakeReceiver.start();
    channelId = (await alerting.webhook(hook.url(), SECRET)).id;
  });
  afterAll(async () => {
    await app.close();
    await hook.stop();
  });

  it('holds a breaching rule pending for its `for`, fires it once, and resolves it after the hysteresis', async () => {
    const metric = unique('queue_depth');
    const rule = await alerting.rule(queueRule(metric));

    await tick(metric, 10, SECOND);
    let [alert] = await alerting.alertsOf(rule.id);
    expect(alert?.status).toBe('pending');
    expect(alert?.labels).toMatchObject({ alertname: rule.name, severity: 'warning', team: 'ops', queue: 'jobs' });

    await tick(metric, 12, 30 * SECOND);
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('pending');

    await tick(metric, 11, 31 * SECOND);
    [alert] = await alerting.alertsOf(rule.id);
    expect(alert?.status).toBe('firing');
    await alerting.deliver();
    expect(hook.received).toHaveLength(1);
    const [post] = hook.received;
    expect(post?.headers['x-vigil-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(post!.rawBody).digest('hex')}`);
    const message = post!.json() as NotificationMessage;
    expect(message).toMatchObject({ kind: 'alerts', status: 'firing', groupLabels: { alertname: rule.name } });
    expect(message.alerts.map((a) => a.fingerprint)).toEqual([alert!.fingerprint]);

    // The same condition on the next evaluation: the same alert, no second notification.
    await tick(metric, 11, 15 * SECOND);
    await alerting.deliver();
    expect(await alerting.alertsOf(rule.id)).toHaveLength(1);
    expect(hook.received).toHaveLength(1);

    // Recovered: the 1m window holds only low values, then the 1m hysteresis runs.
    await tick(metric, 1, 61 * SECOND);
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('firing');
    await tick(metric, 1, 30 * SECOND);
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('firing');
    await tick(metric, 1, 31 * SECOND);
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('resolved');
    await alerting.deliver();
    expect(hook.received).toHaveLength(2);
    expect(messagesTo(hook)[1]).toMatchObject({ status: 'resolved', alerts: [{ status: 'resolved', fingerprint: alert!.fingerprint }] });

    const detail = await alerting.detail(alert!.id);
    expect(detail.events.map((e) => e.type)).toEqual(['pending', 'firing', 'notified', 'resolved', 'notified']);
    expect(detail.triggerValues.map((v) => v.value)).toEqual([10, 12, 12]);
    await alerting.disable(rule);
  });

  it('sends nothing for an alert a silence matches, and shows it silenced', async () => {
    const metric = unique('queue_depth');
    const rule = await alerting.rule(queueRule(metric, { for: '0s' }));
    const silence = await request(app.getHttpServer())
      .post('/api/v1/silences')
      .send({
        matchers: [{ name: 'alertname', value: rule.name, isRegex: false }, { name: 'team', value: 'o.s', isRegex: true }],
        endsAt: new Date(clock.now().getTime() + 3_600_000).toISOString(),
        createdBy: 'ops@example.com',
        comment: 'maintenance',
      })
      .expect(201);
    const before = hook.received.length;
    await tick(metric, 50, SECOND);
    await alerting.deliver();
    const [alert] = await alerting.alertsOf(rule.id);
    expect(alert?.status).toBe('firing');
    expect(alert?.silencedBy).toEqual([silence.body.id]);
    expect(hook.received).toHaveLength(before);
    await alerting.disable(rule);
    await alerting.evaluate();
  });

  it('fires an anomaly rule when the value leaves its own rolling baseline', async () => {
    const metric = unique('checkout_latency');
    const rule = await alerting.rule({
      name: unique('LatencyAnomaly'), kind: 'anomaly', severity: 'info', for: '0s', keepFiringFor: '0s', channelIds: [channelId],
      query: { metric, aggregation: 'avg', window: '1m' },
      anomaly: { method: 'zscore', baselineWindow: '30m', sensitivity: 3, direction: 'above' },
    });
    // Half an hour of a steady signal with a little noise, one sample per 15 s.
    const repository = app.get(MetricHistoryRepository);
    const sample = { name: metric, type: 'gauge' as const, help: '', labels: { instance: 'shop' }, value: 0, bounds: null, buckets: null };
    const [seriesId] = await repository.resolveSeriesIds([sample], clock.now());
    const start = clock.now().getTime() - 30 * MINUTE;
    await repository.insertSamples(
      Array.from({ length: 120 }, (_, i) => ({ seriesId: seriesId!, ts: new Date(start + i * 15 * SECOND), value: 100 + (i % 3), buckets: null })),
    );
    await alerting.evaluate();
    expect(await alerting.alertsOf(rule.id)).toHaveLength(0);

    clock.advance(MINUTE);
    await repository.insertSamples([0, 15, 30, 45].map((s) => ({ seriesId: seriesId!, ts: new Date(clock.now().getTime() - s * SECOND), value: 400, buckets: null })));
    await alerting.evaluate();
    const [alert] = await alerting.alertsOf(rule.id);
    expect(alert).toMatchObject({ status: 'firing', value: 400, labels: { instance: 'shop' } });
    await alerting.disable(rule);
  });

  it('drives a PagerDuty incident through trigger, acknowledge and resolve with the fingerprint as dedup_key', async () => {
    const pagerduty = await FakeReceiver.start();
    const channel = await request(app.getHttpServer())
      .post('/api/v1/channels')
      .send({ name: unique('pd'), type: 'pagerduty', config: { routingKey: 'routing-key-0123456789', url: pagerduty.url('/v2/enqueue') } })
      .expect(201);
    const metric = unique('queue_depth');
    const rule = await alerting.rule(queueRule(metric, { for: '0s', keepFiringFor: '0s', channelIds: [channel.body.id] }));
    pagerduty.respondWith(202);
    await tick(metric, 50, SECOND);
    await alerting.deliver();
    const [alert] = await alerting.alertsOf(rule.id);
    await request(app.getHttpServer()).post(`/api/v1/alerts/${alert!.id}/acknowledge`).send({ actor: 'oncall' }).expect(200);
    await alerting.deliver();
    await tick(metric, 1, 61 * SECOND);
    await alerting.deliver();
    const events = pagerduty.received.map((r) => r.json() as { event_action: string; dedup_key: string; routing_key: string });
    expect(events.map((e) => e.event_action)).toEqual(['trigger', 'acknowledge', 'resolve']);
    expect(new Set(events.map((e) => e.dedup_key))).toEqual(new Set([alert!.fingerprint]));
    expect(events[0]?.routing_key).toBe('routing-key-0123456789');
    await alerting.disable(rule);
    await pagerduty.stop();
  });

  it('fires a health rule from a HealthCheck event of a critical component going down', async () => {
    const component = unique('payments');
    const rule = await alerting.rule({ name: unique('ComponentDown'), kind: 'health', health: { component, criticalOnly: true }, for: '0s', keepFiringFor: '0s', severity: 'critical', channelIds: [channelId] });
    const event = { component, kind: 'http' as const, isCritical: true, instance: 'api-1', message: 'HTTP 500', at: clock.now() };
    app.get(HealthEvents).publish({ ...event, previous: 'up', current: 'down' });
    clock.advance(SECOND);
    await alerting.evaluate();
    const [alert] = await alerting.alertsOf(rule.id);
    expect(alert).toMatchObject({ status: 'firing', labels: { component, instance: 'api-1', alertname: rule.name } });

    app.get(HealthEvents).publish({ ...event, previous: 'down', current: 'up' });
    clock.advance(SECOND);
    await alerting.evaluate();
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('resolved');
    await alerting.disable(rule);
  });

  it('fires a health rule from another replica’s recorded check, and clears once that replica records it up', async () => {
    const component = unique('search');
    const rule = await alerting.rule({ name: unique('ReplicaComponentDown'), kind: 'health', health: { component }, for: '0s', keepFiringFor: '0s', severity: 'warning', channelIds: [channelId] });
    const record = (status: string) =>
      app.get(DataSource).query(
        `INSERT INTO health_checks (instance, component, status, is_critical, response_time_ms, message, checked_at)
         VALUES ('replica-2', $1, $2, false, 12, NULL, $3)`,
        [component, status, clock.now()],
      );
    await record('down');
    await alerting.evaluate();
    expect((await alerting.alertsOf(rule.id))[0]).toMatchObject({ status: 'firing', labels: { instance: 'replica-2', component } });
    clock.advance(SECOND);
    await record('up');
    await alerting.evaluate();
    expect((await alerting.alertsOf(rule.id))[0]?.status).toBe('resolved');
    await alerting.disable(rule);
  });

  it('seeds the default rules once, and does not bring back one that was deleted', async () => {
    const seeder = app.get(DefaultRulesSeeder);
    const db = app.get(DataSource);
    expect(await seeder.seed()).toBe(DEFAULT_RULES.length);
    const seeded = await db.query('SELECT id, name FROM alert_rules WHERE is_default ORDER BY name');
    expect(seeded.map((r: { name: string }) => r.name)).toEqual(DEFAULT_RULES.map((r) => r.name).sort());
    await request(app.getHttpServer()).delete(`/api/v1/alert-rules/${seeded[0].id}`).expect(204);
    expect(await seeder.seed()).toBe(0);
    expect(await db.query('SELECT 1 FROM alert_rules WHERE name = $1', [seeded[0].name])).toHaveLength(0);
    // They watch this machine's real CPU and disks: keep them out of the other tests.
    await db.query('DELETE FROM alert_rules WHERE is_default');
  });

  describe('escalation', () => {
    let pager: FakeReceiver;
    let policyId: string;
    beforeAll(async () => {
      pager = await FakeReceiver.start();
      const pagerChannel = await alerting.webhook(pager.url());
      const res = await request(app.getHttpServer())
        .post('/api/v1/escalation-policies')
        .send({ name: unique('page-on-call'), levels: [{ afterMinutes: 5, channelIds: [pagerChannel.id] }] })
        .expect(201);
      policyId = res.body.id;
    });
    afterAll(() => pager.stop());

    it('notifies the next level after its minutes while the alert fires unacknowledged', async () => {
      const metric = unique('queue_depth');
      const rule = await alerting.rule(queueRule(metric, { for: '0s', escalationPolicyId: policyId }));
      await tick(metric, 50, SECOND);
      await tick(metric, 50, 4 * MINUTE);
      await alerting.deliver();
      expect(pager.received).toHaveLength(0);
      await tick(metric, 50, MINUTE + SECOND);
      await alerting.deliver();
      expect(messagesTo(pager)).toMatchObject([{ kind: 'escalation', escalationLevel: 1 }]);
      const [alert] = await alerting.alertsOf(rule.id);
      expect((await alerting.detail(alert!.id)).escalationLevel).toBe(1);
      await alerting.disable(rule);
      await alerting.evaluate();
    });

    it('stops escalating once the alert is acknowledged', async () => {
      const metric = unique('queue_depth');
      const rule = await alerting.rule(queueRule(metric, { for: '0s', escalationPolicyId: policyId }));
      const before = pager.received.length;
      await tick(metric, 50, SECOND);
      const [alert] = await alerting.alertsOf(rule.id);
      const acked = await request(app.getHttpServer())
        .post(`/api/v1/alerts/${alert!.id}/acknowledge`)
        .send({ note: 'looking', actor: 'oncall' })
        .expect(200);
      expect(acked.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'oncall' });
      await tick(metric, 50, 6 * MINUTE);
      await alerting.deliver();
      expect(pager.received).toHaveLength(before);
      expect((await alerting.detail(alert!.id)).events.map((e) => e.type)).toContain('acknowledged');
      await request(app.getHttpServer()).post(`/api/v1/alerts/${alert!.id}/acknowledge`).send({}).expect(409);
      await alerting.disable(rule);
      await alerting.evaluate();
    });
  });

  it('retries with growing delays while the receiver is down, and delivers once across a restart', async () => {
    const receiver = await FakeReceiver.start();
    const channel = await alerting.webhook(receiver.url());
    const metric = unique('queue_depth');
    const rule = await alerting.rule(queueRule(metric, { for: '0s', channelIds: [channel.id] }));
    // `app` is replaced by the restart below: ask whichever app is current.
    const delivery = async () =>
      (await app.get(DataSource).query('SELECT attempts, next_attempt_at, status FROM notification_deliveries WHERE channel_id = $1', [channel.id]))[0];

    await receiver.down();
    await tick(metric, 50, SECOND);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = clock.now().getTime();
      await alerting.deliver();
      const row = await delivery();
      expect(row).toMatchObject({ attempts: attempt, status: 'pending' });
      delays.push(new Date(row.next_attempt_at).getTime() - before);
      clock.advance(delays.at(-1)!);
    }
    // Equal jitter keeps each delay within [base·2^(n-1)/2, base·2^(n-1)]: they grow.
    expect(delays[0]).toBeGreaterThanOrEqual(500);
    expect(delays[1]).toBeGreaterThanOrEqual(delays[0]!);
    expect(delays[2]).toBeGreaterThanOrEqual(delays[1]!);
    expect(delays[2]).toBeGreaterThanOrEqual(2_000);

    await app.close();
    app = await startTestApp(ALERTING_ENV, { clock });
    alerting = new AlertingDriver(app);
    await receiver.up();
    clock.advance(10 * SECOND);
    await alerting.deliver();
    await alerting.deliver();
    expect(receiver.received).toHaveLength(1);
    expect(await delivery()).toMatchObject({ attempts: 4, status: 'sent' });
    await alerting.disable(rule);
    await alerting.evaluate();
    await receiver.stop();
  });

  it('notifies a Prometheus-posted alert through the default channel, and resolves it when it ends', async () => {
    const receiver = await FakeReceiver.start();
    const channel = await alerting.webhook(receiver.url(), undefined, { isDefault: true });
    const name = unique('PromDown');
    const labels = { alertname: name, job: 'api', severity: 'critical' };
    await request(app.getHttpServer())
      .post('/api/v2/alerts')
      .send([{ labels, annotations: { summary: 'API down' }, startsAt: clock.now().toISOString(), generatorURL: 'http://prometheus:9090/graph' }])
      .expect(200);
    await alerting.deliver();
    const [message] = messagesTo(receiver);
    expect(message).toMatchObject({ status: 'firing', alerts: [{ name, severity: 'critical', labels, generatorUrl: 'http://prometheus:9090/graph' }] });
    const page = await request(app.getHttpServer()).get('/api/v1/alerts').query({ status: 'firing' }).expect(200);
    const alert = page.body.items.find((a: { name: string }) => a.name === name);
    expect(alert).toMatchObject({ source: 'prometheus', status: 'firing' });
    expect((await alerting.detail(alert.id)).events.map((e) => e.type)).toEqual(['firing', 'notified']);

    // Prometheus re-sends while firing: still one alert, no new notification.
    clock.advance(15 * SECOND);
    await request(app.getHttpServer()).post('/api/v2/alerts').send([{ labels }]).expect(200);
    await alerting.deliver();
    expect(receiver.received).toHaveLength(1);

    clock.advance(15 * SECOND);
    await request(app.getHttpServer()).post('/api/v2/alerts').send([{ labels, endsAt: clock.now().toISOString() }]).expect(200);
    await alerting.deliver();
    expect(messagesTo(receiver)[1]).toMatchObject({ status: 'resolved' });
    expect((await alerting.detail(alert.id)).status).toBe('resolved');
    await request(app.getHttpServer()).delete(`/api/v1/channels/${channel.id}`).expect(204);
    await receiver.stop();
  });
});
