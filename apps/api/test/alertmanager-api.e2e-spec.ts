import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertGroup, AlertmanagerStatus, GettableAlert, GettableSilence } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AlertingDriver, unique } from './support/alerting.js';
import { startTestApp } from './support/test-app.js';
import { describeWithTool } from './support/reference-tool.js';
import { alertmanagerSchemaErrors, type AlertmanagerResponse } from './support/alertmanager-schemas.js';

const run = promisify(execFile);
const AMTOOL = '/usr/bin/amtool';

/**
 * Alertmanager's API v2 as Vigil serves it: over HTTP, and driven by the real amtool
 * (Debian's prometheus-alertmanager), which must work against Vigil as it does
 * against an Alertmanager.
 */
/** The fields a 400 names: its message is `field: problem; field: problem`, sent alone as a JSON string. */
function fieldsNamedIn(body: unknown): string[] {
  if (typeof body !== 'string') throw new Error(`expected Alertmanager's error shape (a JSON string), got ${JSON.stringify(body)}`);
  return body.split('; ').map((part) => part.slice(0, part.indexOf(': ')));
}

describe("Alertmanager's API v2", () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let url = '';
  const http = () => request(app.getHttpServer());
  const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const amtool = async (...args: string[]) => run(AMTOOL, [`--alertmanager.url=${url}`, ...args], { timeout: 20_000 });
  const hour = () => new Date(Date.now() + 3_600_000).toISOString();
  const alertsNamed = async (alertname: string, query: Record<string, string> = {}) =>
    (await http().get('/api/v2/alerts').query({ filter: `alertname="${alertname}"`, ...query }).expect(200)).body as GettableAlert[];

  beforeAll(async () => {
    app = await startTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  describe('over HTTP', () => {
    it('answers posted alerts as gettableAlerts, filtered by matchers and state', async () => {
      const alertname = unique('AmHttp');
      await http()
        .post('/api/v2/alerts')
        .send([
          { labels: { alertname, severity: 'critical', instance: 'a' }, annotations: { summary: 'down' }, generatorURL: 'http://prom/graph' },
          { labels: { alertname, severity: 'warning', instance: 'b' } },
        ])
        .expect(200);

      const all = await alertsNamed(alertname);
      expect(all).toHaveLength(2);
      const critical = all.find((a) => a.labels.instance === 'a')!;
      expect(critical).toMatchObject({
        labels: { alertname, severity: 'critical', instance: 'a' },
        annotations: { summary: 'down' },
        generatorURL: 'http://prom/graph',
        receivers: [{ name: 'vigil' }],
        status: { state: 'active', silencedBy: [], inhibitedBy: [] },
      });
      expect(typeof critical.fingerprint).toBe('string');
      expect(Date.parse(critical.endsAt)).toBeGreaterThan(Date.now());
      for (const key of ['startsAt', 'updatedAt'] as const) expect(Number.isNaN(Date.parse(critical[key]))).toBe(false);

      // Repeated filters all hold; regexes are anchored.
      const bySeverity = (await http().get(`/api/v2/alerts?filter=${encodeURIComponent(`alertname="${alertname}"`)}&filter=${encodeURIComponent('severity=~"crit.*"')}`).expect(200)).body as GettableAlert[];
      expect(bySeverity.map((a) => a.labels.instance)).toEqual(['a']);
      expect(await alertsNamed(alertname, { filter: `alertname=~"${alertname.slice(0, 4)}"` })).toEqual([]);
      expect(await alertsNamed(alertname, { active: 'false' })).toEqual([]);
      expect((await http().get('/api/v2/alerts').query({ filter: `alertname="${alertname}"`, receiver: 'vig.*' }).expect(200)).body).toHaveLength(2);
      expect((await http().get('/api/v2/alerts').query({ filter: `alertname="${alertname}"`, receiver: 'vig' }).expect(200)).body).toEqual([]);

      const groups = (await http().get('/api/v2/alerts/groups').query({ filter: `alertname="${alertname}"` }).expect(200)).body as AlertGroup[];
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((g) => g.receiver.name === 'vigil' && g.alerts.every((a) => a.labels.alertname === alertname))).toBe(true);
      expect(groups.flatMap((g) => g.alerts)).toHaveLength(2);
    });

    it('serves one silence store in two views: posted here, listed in /api/v1, updated by id, expired', async () => {
      const alertname = unique('AmSilenced');
      await http().post('/api/v2/alerts').send([{ labels: { alertname } }]).expect(200);
      const body = { matchers: [{ name: 'alertname', value: alertname, isRegex: false }], startsAt: new Date().toISOString(), endsAt: hour(), createdBy: 'ops', comment: 'maintenance' };
      const { silenceID } = (await http().post('/api/v2/silences').send(body).expect(200)).body as { silenceID: string };

      const v1 = (await http().get(`/api/v1/silences/${silenceID}`).expect(200)).body as { comment: string; state: string };
      expect(v1).toMatchObject({ comment: 'maintenance', state: 'active' });
      const v2 = (await http().get(`/api/v2/silence/${silenceID}`).expect(200)).body as GettableSilence;
      expect(v2).toMatchObject({ id: silenceID, createdBy: 'ops', comment: 'maintenance', status: { state: 'active' }, matchers: [{ name: 'alertname', value: alertname, isRegex: false, isEqual: true }] });

      const [alert] = await alertsNamed(alertname);
      expect(alert!.status).toEqual({ state: 'suppressed', silencedBy: [silenceID], inhibitedBy: [] });
      expect(await alertsNamed(alertname, { silenced: 'false' })).toEqual([]);

      const filtered = (await http().get('/api/v2/silences').query({ filter: `alertname="${alertname}"` }).expect(200)).body as GettableSilence[];
      expect(filtered.map((s) => s.id)).toEqual([silenceID]);

      const updated = await http().post('/api/v2/silences').send({ ...body, id: silenceID, comment: 'longer maintenance' }).expect(200);
      expect(updated.body).toEqual({ silenceID });
      expect((await http().get(`/api/v1/silences/${silenceID}`).expect(200)).body).toMatchObject({ comment: 'longer maintenance' });

      await http().delete(`/api/v2/silence/${silenceID}`).expect(200);
      expect(((await http().get(`/api/v2/silence/${silenceID}`).expect(200)).body as GettableSilence).status.state).toBe('expired');
      expect((await alertsNamed(alertname))[0]!.status.state).toBe('active');
    });

    it('answers status with the configuration as Alertmanager YAML, and receivers by name without secrets', async () => {
      const name = unique('am-hook');
      await http().post('/api/v1/channels').send({ name, type: 'webhook', config: { url: 'http://127.0.0.1:9/hook', secret: 'topsecret-0123456789' } }).expect(201);
      const status = (await http().get('/api/v2/status').expect(200)).body as AlertmanagerStatus;
      expect(status.cluster).toMatchObject({ status: 'ready', peers: [] });
      expect(Object.keys(status.versionInfo).sort()).toEqual(['branch', 'buildDate', 'buildUser', 'goVersion', 'revision', 'version']);
      expect(Number.isNaN(Date.parse(status.uptime))).toBe(false);
      const yaml = status.config.original;
      expect(yaml).toMatch(/^route:\n {2}receiver: vigil\n {2}group_by: \[.*\]\n {2}group_wait: \S+\n {2}group_interval: \S+\n {2}repeat_interval: \S+$/m);
      expect(yaml).toContain(`  - name: ${name}`);
      expect(yaml).not.toContain('topsecret');
      expect(yaml).not.toContain('127.0.0.1:9');
      const receivers = (await http().get('/api/v2/receivers').expect(200)).body as { name: string }[];
      expect(receivers).toEqual(expect.arrayContaining([{ name: 'vigil' }, { name }]));
    });

    it.each([
      ['a filter that is not a matcher', { filter: 'alertname' }, 'filter'],
      ['a filter with a regex RE2 refuses', { filter: 'alertname=~"(?=x)"' }, 'filter'],
      ['a filter with a stray quote', { filter: 'alertname="a"b"' }, 'filter'],
      ['a flag that is not a boolean', { silenced: 'maybe' }, 'silenced'],
      ['a receiver regex RE2 refuses', { receiver: '(' }, 'receiver'],
    ])('refuses %s on GET /api/v2/alerts with a 400 naming it', async (_what, query, field) => {
      const res = await http().get('/api/v2/alerts').query(query).expect(400);
      // Alertmanager's error shape: the message alone, as a JSON string.
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(fieldsNamedIn(res.body)).toContain(field);
    });

    it('refuses a bad silence filter and a malformed silence id', async () => {
      expect(fieldsNamedIn((await http().get('/api/v2/silences').query({ filter: 'x~y' }).expect(400)).body)).toContain('filter');
      expect(fieldsNamedIn((await http().get('/api/v2/silence/not-a-uuid').expect(400)).body)).toContain('silenceID');
      expect((await http().get('/api/v2/silence/00000000-0000-4000-8000-000000000000').expect(404)).body).toBe('silence "00000000-0000-4000-8000-000000000000" not found');
      await http().delete('/api/v2/silence/00000000-0000-4000-8000-000000000000').expect(404);
    });

    it.each([
      ['no matchers', { matchers: [] }, 'matchers'],
      ['a regex RE2 refuses', { matchers: [{ name: 'alertname', value: '(?!x)', isRegex: true }] }, 'matchers[0].value'],
      ['no endsAt', { endsAt: undefined }, 'endsAt'],
      ['an endsAt before startsAt', { startsAt: hour(), endsAt: new Date(Date.now() + 60_000).toISOString() }, 'endsAt'],
      ['an endsAt that is not a time', { endsAt: 'tomorrow' }, 'endsAt'],
      ['no createdBy', { createdBy: '' }, 'createdBy'],
      ['an id that is not one', { id: 'abc' }, 'id'],
    ])('refuses a postable silence with %s: 400 naming it, nothing written', async (_what, change, field) => {
      const before = await count('silences');
      const body = { matchers: [{ name: 'alertname', value: 'X', isRegex: false }], startsAt: new Date().toISOString(), endsAt: hour(), createdBy: 'ops', comment: 'c', ...change };
      expect(fieldsNamedIn((await http().post('/api/v2/silences').send(body).expect(400)).body)).toContain(field);
      expect(await count('silences')).toBe(before);
    });

    it('answers 404 for an update of a silence that does not exist, and writes nothing', async () => {
      const before = await count('silences');
      await http()
        .post('/api/v2/silences')
        .send({ id: '00000000-0000-4000-8000-000000000000', matchers: [{ name: 'alertname', value: 'X', isRegex: false }], startsAt: new Date().toISOString(), endsAt: hour(), createdBy: 'ops', comment: 'c' })
        .expect(404);
      expect(await count('silences')).toBe(before);
    });
  });

  describeWithTool(AMTOOL, 'prometheus-alertmanager')('driven by amtool', () => {
    it('queries a posted alert, silences it, lists and expires the silence', async () => {
      const alertname = unique('AmTool');
      await http().post('/api/v2/alerts').send([{ labels: { alertname, severity: 'warning' }, annotations: { summary: 'from amtool test' } }]).expect(200);

      const query = await amtool('alert', 'query', `alertname=${alertname}`);
      expect(query.stdout).toContain(alertname);
      expect(query.stdout).toContain('from amtool test');

      const added = await amtool('silence', 'add', `alertname=${alertname}`, '-c', 'maintenance window', '-a', 'ops', '-d', '1h');
      const id = added.stdout.trim();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await http().get(`/api/v1/silences/${id}`).expect(200)).body).toMatchObject({ createdBy: 'ops', comment: 'maintenance window', state: 'active' });

      // Silenced alerts are shown only when asked for.
      expect((await amtool('alert', 'query', `alertname=${alertname}`)).stdout).not.toContain(alertname);
      const silenced = await amtool('alert', 'query', '--silenced', `alertname=${alertname}`);
      expect(silenced.stdout).toContain(alertname);
      const asJson = JSON.parse((await amtool('alert', 'query', '-s', '-o', 'json', `alertname=${alertname}`)).stdout) as GettableAlert[];
      expect(asJson.map((a) => a.status)).toEqual([{ state: 'suppressed', silencedBy: [id], inhibitedBy: [] }]);

      const listed = await amtool('silence', 'query', `alertname=${alertname}`);
      expect(listed.stdout).toContain(id);
      expect(listed.stdout).toContain('maintenance window');
      expect((await amtool('silence', 'query', '-q', `alertname=${alertname}`)).stdout.trim()).toBe(id);

      await amtool('silence', 'expire', id);
      expect(((await http().get(`/api/v2/silence/${id}`).expect(200)).body as GettableSilence).status.state).toBe('expired');
      expect((await amtool('silence', 'query', '-q', `alertname=${alertname}`)).stdout.trim()).toBe('');
      expect((await amtool('alert', 'query', `alertname=${alertname}`)).stdout).toContain(alertname);
    }, 60_000);

    it('shows the configuration as YAML', async () => {
      const { stdout } = await amtool('config', 'show');
      expect(stdout).toContain('route:');
      expect(stdout).toContain('receiver: vigil');
      expect(stdout).toContain('group_by:');
      expect(stdout).toContain('receivers:');
      // amtool reads it as an Alertmanager configuration: the route tree it shows is Vigil's.
      const routes = await amtool('config', 'routes', 'show');
      expect(routes.stdout).toContain('vigil');
    });

    it('exits non-zero with an error on input Vigil refuses', async () => {
      const before = await count('silences');
      // A comment past Vigil's limit passes amtool's own checks; amtool decodes Alertmanager's
      // error shape and prints Vigil's words.
      await expect(amtool('silence', 'add', 'alertname=X', '-c', 'c'.repeat(1_025), '-a', 'a', '-d', '1h')).rejects.toMatchObject({
        code: expect.any(Number),
        stderr: expect.stringContaining('comment: is longer than 1024 characters'),
      });
      expect(await count('silences')).toBe(before);
    });
  });

  describe("alerts of Vigil's own rules", () => {
    it('lists a firing rule alert with the rule name as alertname and its labels and annotations', async () => {
      const alerting = new AlertingDriver(app);
      const metric = unique('am_queue_depth');
      const rule = await alerting.rule({
        name: unique('AmRule'),
        query: { metric, matchers: {}, aggregation: 'max', window: '1m' },
        comparator: '>',
        threshold: 5,
        for: '0s',
        keepFiringFor: '0s',
        severity: 'critical',
        labels: { team: 'ops' },
        annotations: { summary: 'Queue deep' },
        channelIds: [],
        enabled: true,
      });
      await alerting.gauge(metric, 50, new Date());
      await alerting.evaluate();
      const [alert] = await alertsNamed(rule.name);
      expect(alert).toMatchObject({
        labels: { alertname: rule.name, severity: 'critical', team: 'ops' },
        annotations: { summary: 'Queue deep' },
        status: { state: 'active', silencedBy: [], inhibitedBy: [] },
      });
      expect(alertmanagerSchemaErrors('gettableAlerts', [alert])).toEqual([]);
    });
  });

  describe("against Alertmanager's published response schemas", () => {
    it('answers every read route as the spec defines it', async () => {
      const alertname = unique('AmSchema');
      await http().post('/api/v2/alerts').send([{ labels: { alertname, severity: 'critical' }, annotations: { summary: 's' }, generatorURL: 'http://prom/graph' }]).expect(200);
      const posted = (await http()
        .post('/api/v2/silences')
        .send({ matchers: [{ name: 'alertname', value: alertname, isRegex: false, isEqual: true }], startsAt: new Date().toISOString(), endsAt: hour(), createdBy: 'ops', comment: 'schema' })
        .expect(200)).body as { silenceID: string };
      const checks: [AlertmanagerResponse, string][] = [
        ['gettableAlerts', '/api/v2/alerts'],
        ['alertGroups', '/api/v2/alerts/groups'],
        ['gettableSilences', '/api/v2/silences'],
        ['gettableSilence', `/api/v2/silence/${posted.silenceID}`],
        ['receivers', '/api/v2/receivers'],
        ['alertmanagerStatus', '/api/v2/status'],
      ];
      expect(alertmanagerSchemaErrors('postSilenceAnswer', posted)).toEqual([]);
      for (const [schema, path] of checks) {
        const body: unknown = (await http().get(path).expect(200)).body;
        expect({ path, errors: alertmanagerSchemaErrors(schema, body) }).toEqual({ path, errors: [] });
      }
      // The check can fail: an alert without its status is refused.
      expect(alertmanagerSchemaErrors('gettableAlerts', [{ labels: {}, receivers: [], fingerprint: 'f', startsAt: 'x' }])).not.toEqual([]);
    });
  });
});
