import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MASKED_SECRET, type AlertRule, type Channel, type ChannelTestResult, type ErrorBody } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FakeReceiver } from './support/fake-receiver.js';
import { startTestApp } from './support/test-app.js';
import { unique } from './support/alerting.js';

/**
 * CRUD and input checks of the AlertManager endpoints. Nothing here evaluates or
 * delivers (alerts-lifecycle does), and no channel here is a default one.
 */
describe('AlertManager API', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  const http = () => request(app.getHttpServer());
  const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const validRule = () => ({
    name: unique('QueueDeep'),
    query: { metric: 'queue_depth', matchers: { queue: 'jobs' }, aggregation: 'max', window: '1m' },
    comparator: '>',
    threshold: 5,
    for: '2m',
    severity: 'warning',
    labels: { team: 'ops' },
    annotations: { summary: 'Queue deep' },
    channelIds: [] as string[],
    enabled: true,
  });
  /** A 400 naming `field`, and no new row in `table`. */
  const rejects = async (path: string, body: unknown, field: string, table: string) => {
    const before = await count(table);
    const res = await http().post(path).send(body as object).expect(400);
    const error = res.body as ErrorBody;
    expect(error.details?.fields?.map((f) => f.field)).toContain(field);
    expect(error.message).toContain(field);
    expect(await count(table)).toBe(before);
  };

  beforeAll(async () => {
    app = await startTestApp();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  describe('alert rules', () => {
    it('accepts the documented shape as written, with a channel, and returns it with defaults filled', async () => {
      const channel = (await http().post('/api/v1/channels').send({ name: unique('ops'), type: 'webhook', config: { url: 'http://127.0.0.1:9/hook' } }).expect(201)).body as Channel;
      const input = { ...validRule(), channelIds: [channel.id] };
      const created = (await http().post('/api/v1/alert-rules').send(input).expect(201)).body as AlertRule;
      expect(created).toMatchObject({ ...input, kind: 'threshold', keepFiringFor: '1m', cooldown: '0s', isDefault: false, escalationPolicyId: null });
      expect((await http().get(`/api/v1/alert-rules/${created.id}`).expect(200)).body).toEqual(created);

      // A rule sent back as it was read, without its read-only fields, is a valid replacement.
      const { id, isDefault, createdAt, updatedAt, ...asRead } = created;
      expect(isDefault).toBe(false);
      expect(Date.parse(updatedAt)).toBeGreaterThanOrEqual(Date.parse(createdAt));
      const updated = await http().put(`/api/v1/alert-rules/${id}`).send({ ...asRead, enabled: false, threshold: 9 }).expect(200);
      expect(updated.body).toMatchObject({ id, enabled: false, threshold: 9 });
      await http().delete(`/api/v1/alert-rules/${id}`).expect(204);
      await http().get(`/api/v1/alert-rules/${id}`).expect(404);
    });

    it('accepts anomaly and health rules', async () => {
      await http()
        .post('/api/v1/alert-rules')
        .send({ name: unique('LatencyOdd'), kind: 'anomaly', severity: 'info', query: { metric: 'latency', aggregation: 'avg', window: '1m' }, anomaly: { method: 'iqr', baselineWindow: '1h', sensitivity: 1.5 } })
        .expect(201);
      const health = await http().post('/api/v1/alert-rules').send({ name: unique('DbDown'), kind: 'health', severity: 'critical', health: { component: 'database' } }).expect(201);
      expect(health.body).toMatchObject({ kind: 'health', health: { component: 'database', status: 'down', criticalOnly: false }, query: null });
    });

    it.each([
      ['an unknown comparator', { comparator: '=>' }, 'comparator'],
      ['a negative for', { for: '-1m' }, 'for'],
      ['a metric name that is not one', { query: { metric: 'queue-depth!', aggregation: 'max', window: '1m' } }, 'query.metric'],
      ['a threshold that is not a number', { threshold: 'five' }, 'threshold'],
      ['an unknown aggregation', { query: { metric: 'q', aggregation: 'median', window: '1m' } }, 'query.aggregation'],
      ['a window beyond raw retention', { query: { metric: 'q', aggregation: 'max', window: '30d' } }, 'query.window'],
      ['an unknown severity', { severity: 'page' }, 'severity'],
      ['a reserved label', { labels: { alertname: 'x' } }, 'labels.alertname'],
      ['a channel that does not exist', { channelIds: ['00000000-0000-4000-8000-000000000000'] }, 'channelIds[0]'],
      ['an unknown field', { priority: 1 }, 'priority'],
      ['anomaly settings on a threshold rule', { anomaly: { method: 'zscore', baselineWindow: '1h', sensitivity: 3 } }, 'anomaly'],
    ])('rejects %s with 400 naming the field, writing nothing', async (_what, change, field) => {
      await rejects('/api/v1/alert-rules', { ...validRule(), ...change }, field, 'alert_rules');
    });

    it('rejects a bad replacement with 400 naming the field, leaving the rule as it was', async () => {
      const created = (await http().post('/api/v1/alert-rules').send(validRule()).expect(201)).body as AlertRule;
      const res = await http().put(`/api/v1/alert-rules/${created.id}`).send({ ...validRule(), name: created.name, comparator: 'about' }).expect(400);
      expect(res.body.message).toContain('comparator');
      expect((await http().get(`/api/v1/alert-rules/${created.id}`).expect(200)).body).toEqual(created);
    });

    it('refuses a second rule with the same name (409) and unknown ids (404, 400)', async () => {
      const rule = validRule();
      await http().post('/api/v1/alert-rules').send(rule).expect(201);
      const res = await http().post('/api/v1/alert-rules').send(rule).expect(409);
      expect(res.body.message).toContain('name');
      await http().get('/api/v1/alert-rules/00000000-0000-4000-8000-000000000000').expect(404);
      expect((await http().get('/api/v1/alert-rules/not-a-uuid').expect(400)).body.message).toContain('id');
    });
  });

  describe('channels', () => {
    let receiver: FakeReceiver;
    beforeAll(async () => (receiver = await FakeReceiver.start()));
    afterAll(() => receiver.stop());

    it('never returns a secret, and keeps it when the masked value is sent back', async () => {
      const created = (await http().post('/api/v1/channels').send({ name: unique('signed'), type: 'webhook', config: { url: receiver.url(), secret: 's3cret-value' } }).expect(201)).body as Channel;
      expect(created.config).toEqual({ url: receiver.url(), secret: MASKED_SECRET });
      expect(JSON.stringify((await http().get('/api/v1/channels').expect(200)).body)).not.toContain('s3cret-value');
      await http().put(`/api/v1/channels/${created.id}`).send({ name: created.name, type: 'webhook', config: { url: receiver.url(), secret: MASKED_SECRET } }).expect(200);
      const [row] = await db.query('SELECT config FROM notification_channels WHERE id = $1', [created.id]);
      expect(row.config.secret).toBe('s3cret-value');
    });

    it('sends a test notification synchronously and reports the receiver’s answer', async () => {
      const channel = (await http().post('/api/v1/channels').send({ name: unique('test-me'), type: 'webhook', config: { url: receiver.url() } }).expect(201)).body as Channel;
      const ok = (await http().post(`/api/v1/channels/${channel.id}/test`).expect(200)).body as ChannelTestResult;
      expect(ok).toMatchObject({ isDelivered: true, responseStatus: 200, error: null });
      expect(receiver.received.at(-1)?.json()).toMatchObject({ kind: 'test' });
      receiver.respondWith(500);
      const failed = (await http().post(`/api/v1/channels/${channel.id}/test`).expect(200)).body as ChannelTestResult;
      expect(failed).toMatchObject({ isDelivered: false, responseStatus: 500 });
      receiver.respondWith(200);
      expect(await count(`notification_deliveries WHERE channel_id = '${channel.id}'`)).toBe(0);
    });

    it('removes a deleted channel from the rules and escalation levels that named it', async () => {
      const create = async (name: string) =>
        ((await http().post('/api/v1/channels').send({ name: unique(name), type: 'webhook', config: { url: receiver.url() } }).expect(201)).body as Channel).id;
      const [gone, kept] = [await create('gone'), await create('kept')];
      const rule = (await http().post('/api/v1/alert-rules').send({ ...validRule(), channelIds: [gone, kept] }).expect(201)).body as AlertRule;
      const policy = await http().post('/api/v1/escalation-policies').send({ name: unique('p'), levels: [{ afterMinutes: 5, channelIds: [gone, kept] }, { afterMinutes: 10, channelIds: [gone] }] }).expect(201);
      await http().delete(`/api/v1/channels/${gone}`).expect(204);
      expect((await http().get(`/api/v1/alert-rules/${rule.id}`).expect(200)).body.channelIds).toEqual([kept]);
      expect((await http().get(`/api/v1/escalation-policies/${policy.body.id}`).expect(200)).body.levels).toEqual([
        { afterMinutes: 5, channelIds: [kept] },
        { afterMinutes: 10, channelIds: [] },
      ]);
      await http().delete(`/api/v1/channels/${gone}`).expect(404);
    });

    it.each([
      ['an unknown type', { type: 'carrier-pigeon', config: {} }, 'type'],
      ['a webhook without a URL', { type: 'webhook', config: {} }, 'config.url'],
      ['an email channel without recipients', { type: 'email', config: { host: '127.0.0.1', port: 25, from: 'vigil@example.com' } }, 'config.to'],
    ])('rejects %s with 400 naming the field, writing nothing', async (_what, body, field) => {
      await rejects('/api/v1/channels', { name: unique('bad'), ...body }, field, 'notification_channels');
    });
  });

  describe('silences', () => {
    const future = () => new Date(Date.now() + 3_600_000).toISOString();

    it('creates, lists as active and expires a silence', async () => {
      const created = await http()
        .post('/api/v1/silences')
        .send({ matchers: [{ name: 'alertname', value: 'Cpu.*', isRegex: true }, { name: 'env', value: 'dev', isRegex: false, isEqual: false }], endsAt: future(), createdBy: 'ops', comment: 'deploy' })
        .expect(201);
      expect(created.body.state).toBe('active');
      const active = (await http().get('/api/v1/silences').query({ state: 'active' }).expect(200)).body as { id: string }[];
      expect(active.map((s) => s.id)).toContain(created.body.id);
      expect((await http().delete(`/api/v1/silences/${created.body.id}`).expect(200)).body.state).toBe('expired');
    });

    it.each([
      ['no matchers', { matchers: [] }, 'matchers'],
      ['a bad regex', { matchers: [{ name: 'job', value: '(', isRegex: true }] }, 'matchers[0].value'],
      ['an end in the past', { endsAt: '2020-01-01T00:00:00Z' }, 'endsAt'],
      ['no comment', { comment: '' }, 'comment'],
    ])('rejects %s with 400 naming the field, writing nothing', async (_what, change, field) => {
      const body = { matchers: [{ name: 'job', value: 'api', isRegex: false }], endsAt: future(), createdBy: 'ops', comment: 'x', ...change };
      await rejects('/api/v1/silences', body, field, 'silences');
    });
  });

  describe('escalation policies', () => {
    it('rejects levels out of order and unknown channels, writing nothing', async () => {
      const channel = (await http().post('/api/v1/channels').send({ name: unique('pager'), type: 'webhook', config: { url: 'http://127.0.0.1:9/p' } }).expect(201)).body as Channel;
      const levels = [{ afterMinutes: 10, channelIds: [channel.id] }, { afterMinutes: 5, channelIds: [channel.id] }];
      await rejects('/api/v1/escalation-policies', { name: unique('p'), levels }, 'levels[1].afterMinutes', 'escalation_policies');
      await rejects('/api/v1/escalation-policies', { name: unique('p'), levels: [{ afterMinutes: 5, channelIds: ['00000000-0000-4000-8000-000000000000'] }] }, 'levels[0].channelIds[0]', 'escalation_policies');
      const ok = await http().post('/api/v1/escalation-policies').send({ name: unique('p'), levels: [levels[0]] }).expect(201);
      expect(ok.body.levels).toEqual([levels[0]]);
    });
  });

  describe('alerts and /api/v2/alerts', () => {
    it('rejects a bad acknowledge body with 400 naming the field, leaving the alert firing', async () => {
      const alertname = unique('AckInput');
      await http().post('/api/v2/alerts').send([{ labels: { alertname } }]).expect(200);
      const page = await http().get('/api/v1/alerts').query({ status: 'firing', pageSize: '200' }).expect(200);
      const alert = page.body.items.find((a: { name: string }) => a.name === alertname);
      const events = await count(`alert_events WHERE alert_id = '${alert.id}'`);
      const res = await http().post(`/api/v1/alerts/${alert.id}/acknowledge`).send({ note: 5 }).expect(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['note']);
      expect((await http().get(`/api/v1/alerts/${alert.id}`).expect(200)).body.status).toBe('firing');
      expect(await count(`alert_events WHERE alert_id = '${alert.id}'`)).toBe(events);
    });

    it('rejects bad list filters and posted alerts without alertname, writing nothing', async () => {
      expect((await http().get('/api/v1/alerts').query({ status: 'burning' }).expect(400)).body.message).toContain('status');
      expect((await http().get('/api/v1/alerts').query({ pageSize: '1000' }).expect(400)).body.message).toContain('pageSize');
      await rejects('/api/v2/alerts', [{ labels: { job: 'api' } }], '[0].labels.alertname', 'alerts');
      await rejects('/api/v2/alerts', { labels: { alertname: 'x' } }, 'body', 'alerts');
      await rejects('/api/v2/alerts', [{ labels: { alertname: 'x' }, endsAt: 'yesterday' }], '[0].endsAt', 'alerts');
      await http().post('/api/v1/alerts/00000000-0000-4000-8000-000000000000/acknowledge').send({}).expect(404);
    });
  });
});
