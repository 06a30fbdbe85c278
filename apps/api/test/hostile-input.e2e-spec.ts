/**
 * Faults found by a hostile but fair user, each kept as a regression: a backtracking
 * silence regex, NUL bytes that reached PostgreSQL, posted alerts that end before they
 * start, unbounded custom metric names, bodies in an encoding the parsers would
 * misread, and clients that send their request slowly or hold connections open. Each
 * refusal is a 400 naming the field, and nothing is written.
 */
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertRule, AlertSummary, ErrorBody, FieldProblem, MetricCatalogEntry, Page, ScrapeTarget, Silence } from '@vigil/types';
import pg from 'pg';
import request, { type Response } from 'supertest';
import { CUSTOM_METRIC_HELP } from '../src/metrics/history/custom-metrics.service.js';
import { unique } from './support/alerting.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const AGENT_TOKEN = 'hostile-input-agent-token-0123456789';
const NUL = 'must not contain NUL (\\u0000)';
const fieldsOf = (res: Response) => (res.body as ErrorBody).details?.fields as FieldProblem[] | undefined;

interface RawAnswer {
  /** Everything the server sent before it closed the connection. */
  text: string;
  /** Whether it closed the connection. */
  closed: boolean;
}

/** Opens a connection and writes `parts`, each after `gapMs`; resolves when the server closes it. */
function rawRequest(port: number, parts: string[], gapMs = 0): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    // A connection the server destroys unread is reset rather than ended.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve({ text, closed: true }) : reject(error)));
    socket.on('close', () => resolve({ text, closed: true }));
    socket.on('connect', () => {
      parts.forEach((part, i) => setTimeout(() => socket.writable && socket.write(part), i * gapMs));
    });
  });
}

function openIdle(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

describe('hostile input', () => {
  let app: NestFastifyApplication;
  let port: number;
  const http = () => request(app.getHttpServer());
  const sample = (name: string) => ({ name, type: 'gauge', value: 1 });

  const hourFromNow = () => new Date(Date.now() + 3_600_000).toISOString();
  const silences = async () => (await http().get('/api/v1/silences').expect(200)).body as Silence[];
  const alertsNamed = async (prefix: string) =>
    ((await http().get('/api/v1/alerts').query({ pageSize: 200 }).expect(200)).body as Page<AlertSummary>).items.filter((a) => a.name.startsWith(prefix));
  const catalogNames = async () => ((await http().get('/api/v1/metrics/catalog').expect(200)).body as MetricCatalogEntry[]).map((m) => m.name);
  const ruleNames = async () => ((await http().get('/api/v1/alert-rules').expect(200)).body as AlertRule[]).map((r) => r.name);

  beforeAll(async () => {
    app = await startTestApp({
      AGENT_TOKEN,
      METRIC_NAME_MAX_LENGTH: '24',
      HTTP_HEADERS_TIMEOUT_MS: '500',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
      HTTP_MAX_CONNECTIONS: '4',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  describe('silence regexes (RE2, as Alertmanager)', () => {
    it('matches a pattern that backtracks exponentially in JavaScript without blocking the API', async () => {
      // With a backtracking engine the post of the alert alone takes hours: the test times out.
      const silence = (
        await http()
          .post('/api/v1/silences')
          .send({ matchers: [{ name: 'alertname', value: '(a+)+$', isRegex: true }], endsAt: hourFromNow(), createdBy: 'ops', comment: unique('regex') })
          .expect(201)
      ).body as Silence;
      const alertname = `${'a'.repeat(40)}!`;
      const started = Date.now();
      await http().post('/api/v2/alerts').send([{ labels: { alertname, run: unique('run') } }]).expect(200);
      // Linear-time matching answers in milliseconds; the bound only leaves room for a slow machine.
      expect(Date.now() - started).toBeLessThan(2_000);
      await http().get('/health/live').expect(200);
      // The silence was evaluated against it: stored, not silenced; the matching name is.
      expect((await alertsNamed(alertname)).map((a) => ({ status: a.status, silencedBy: a.silencedBy }))).toEqual([{ status: 'firing', silencedBy: [] }]);
      await http().post('/api/v2/alerts').send([{ labels: { alertname: 'a'.repeat(40) } }]).expect(200);
      expect((await alertsNamed('a'.repeat(40))).filter((a) => a.name === 'a'.repeat(40)).map((a) => a.silencedBy)).toEqual([[silence.id]]);
      await http().delete(`/api/v1/silences/${silence.id}`).expect(200);
    });

    it("refuses what RE2 refuses (lookaround, backreferences), with RE2's reason, and stores nothing", async () => {
      const comment = unique('lookahead');
      const res = await http()
        .post('/api/v1/silences')
        .send({
          matchers: [
            { name: 'alertname', value: '(?=a)', isRegex: true },
            { name: 'instance', value: '(a)\\1', isRegex: true, isEqual: false },
            { name: 'job', value: '(?!api-1).*', isRegex: true },
          ],
          endsAt: hourFromNow(),
          createdBy: 'ops',
          comment,
        })
        .expect(400);
      expect(fieldsOf(res)).toEqual([
        { field: 'matchers[0].value', problem: 'is not an RE2 regular expression: invalid or unsupported Perl syntax: `(?=`' },
        { field: 'matchers[1].value', problem: 'is not an RE2 regular expression: invalid escape sequence: `\\1`' },
        { field: 'matchers[2].value', problem: 'is not an RE2 regular expression: invalid or unsupported Perl syntax: `(?!`' },
      ]);
      expect((await silences()).filter((s) => s.comment === comment)).toEqual([]);
    });
  });

  describe('NUL bytes, which PostgreSQL refuses in text and jsonb', () => {
    it('refuses them in custom metric label values and names', async () => {
      const name = unique('hostile_nul');
      const res = await http()
        .post('/api/v1/metrics')
        .send([
          { name, type: 'gauge', value: 1, labels: { queue: 'ma\u0000il' } },
          { name, type: 'gauge', value: 1, labels: { ['qu\u0000eue']: 'mail' } },
        ])
        .expect(400);
      expect(fieldsOf(res)).toEqual([
        { field: '[0].labels.queue', problem: NUL },
        { field: '[1].labels.qu\u0000eue', problem: NUL },
      ]);
      expect(await catalogNames()).not.toContain(name);
    });

    it('refuses them in silence matcher values, plain and regex, and in the comment', async () => {
      const comment = unique('nul');
      const res = await http()
        .post('/api/v1/silences')
        .send({
          matchers: [
            { name: 'instance', value: 'api-1\u0000', isRegex: false },
            { name: 'job', value: 'api\u0000.*', isRegex: true },
          ],
          endsAt: hourFromNow(),
          createdBy: 'ops\u0000',
          comment,
        })
        .expect(400);
      expect(fieldsOf(res)).toEqual([
        { field: 'matchers[0].value', problem: NUL },
        { field: 'matchers[1].value', problem: NUL },
        { field: 'createdBy', problem: NUL },
      ]);
      expect((await silences()).filter((s) => s.comment === comment)).toEqual([]);
    });

    it('refuses them in posted alert names, label names and values, and annotations, storing none of the batch', async () => {
      const alertname = unique('Nul');
      const res = await http()
        .post('/api/v2/alerts')
        .send([
          { labels: { alertname: `${alertname}_ok` } },
          { labels: { alertname: `${alertname}\u0000` } },
          { labels: { alertname, ['te\u0000am']: 'ops' } },
          { labels: { alertname, team: 'o\u0000ps' }, annotations: { summary: 'down\u0000' } },
        ])
        .expect(400);
      expect(fieldsOf(res)).toEqual([
        { field: '[1].labels.alertname', problem: NUL },
        { field: '[2].labels.te\u0000am', problem: NUL },
        { field: '[3].labels.team', problem: NUL },
        { field: '[3].annotations.summary', problem: NUL },
      ]);
      expect(await alertsNamed(alertname)).toEqual([]);
    });

    it('refuses them in alert rule labels and query matchers', async () => {
      const name = unique('nul');
      const res = await http()
        .post('/api/v1/alert-rules')
        .send({
          name,
          severity: 'warning',
          query: { metric: 'hostile_metric', aggregation: 'avg', window: '1m', matchers: { queue: 'ma\u0000il' } },
          comparator: '>',
          threshold: 1,
          labels: { team: 'o\u0000ps', ['ow\u0000ner']: 'ops' },
        })
        .expect(400);
      expect(fieldsOf(res)).toEqual([
        { field: 'query.matchers.queue', problem: NUL },
        { field: 'labels.team', problem: NUL },
        { field: 'labels.ow\u0000ner', problem: NUL },
      ]);
      expect(await ruleNames()).not.toContain(name);
    });

    it('refuses them in a profiling session label', async () => {
      const res = await http().post('/api/v1/profiler/sessions').send({ type: 'cpu', durationMs: 1_000, label: 'release\u0000' }).expect(400);
      expect(fieldsOf(res)).toEqual([{ field: 'label', problem: NUL }]);
    });

    it('refuses them in scrape target URLs and in the URLs and paths of agent heartbeats', async () => {
      const service = `hostile-nul-${Date.now()}`;
      const target = await http().post('/api/v1/targets').send({ service, url: 'http://127.0.0.1:9/metrics\u0000' }).expect(400);
      expect(fieldsOf(target)).toEqual([{ field: 'url', problem: NUL }]);
      const beat = await http()
        .post('/api/v1/targets/heartbeat')
        .set('authorization', `Bearer ${AGENT_TOKEN}`)
        .send({
          service,
          instanceId: unique('agent'),
          version: '1.0.0',
          baseUrl: 'http://127.0.0.1:9/\u0000',
          metricsUrl: 'http://127.0.0.1:9/metrics\u0000',
          metricsTokenRequired: false,
          pid: 42,
          host: 'hostile-host',
          startedAt: new Date().toISOString(),
          controlPrefix: '/vi\u0000gil',
          intervalMs: 10_000,
        })
        .expect(400);
      expect(fieldsOf(beat)).toEqual([
        { field: 'baseUrl', problem: NUL },
        { field: 'metricsUrl', problem: NUL },
        { field: 'controlPrefix', problem: NUL },
      ]);
      expect((await http().get('/api/v1/targets').query({ service }).expect(200)).body as ScrapeTarget[]).toEqual([]);
    });

    it('refuses them in the label matchers of a metrics query instead of failing in the database', async () => {
      const res = await http().get('/api/v1/metrics/query').query({ name: 'up', labels: 'queue=ma\u0000il' }).expect(400);
      expect(fieldsOf(res)).toEqual([{ field: 'labels', problem: NUL }]);
    });
  });

  it('refuses a posted alert that ends before it starts, as Alertmanager does, and stores none of the batch', async () => {
    const alertname = unique('Backwards');
    const res = await http()
      .post('/api/v2/alerts')
      .send([
        { labels: { alertname: `${alertname}_ok` } },
        { labels: { alertname }, startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T09:59:59Z' },
      ])
      .expect(400);
    expect(fieldsOf(res)).toEqual([{ field: '[1].endsAt', problem: 'must not be before startsAt' }]);
    expect(await alertsNamed(alertname)).toEqual([]);
    // Go's zero time means "unset" and is never "before"; an alert may end as it starts.
    await http().post('/api/v2/alerts').send([{ labels: { alertname }, startsAt: '2026-12-01T10:00:00Z', endsAt: '0001-01-01T00:00:00Z' }]).expect(200);
    await http().post('/api/v2/alerts').send([{ labels: { alertname: `${alertname}_instant` }, startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T10:00:00Z' }]).expect(200);
  });

  describe('custom metric names', () => {
    /**
     * On a database of its own: the name cap counts every custom name stored, so no other
     * spec's names may be in it. A name another replica or an earlier run stored is
     * written straight to metric_series, as that replica would have (test apps in one
     * process share prom-client's registry, so a second app cannot stand in for it).
     */
    describe('CUSTOM_METRICS_MAX_NAMES', () => {
      let database: OwnDatabase;
      let capped: NestFastifyApplication;
      const post = (names: string[]) => request(capped.getHttpServer()).post('/api/v1/metrics').send(names.map(sample));
      const past = (count: number) => `would be custom metric name ${count}, above the limit of 3 (CUSTOM_METRICS_MAX_NAMES)`;
      const storedNames = async () =>
        ((await request(capped.getHttpServer()).get('/api/v1/metrics/catalog').expect(200)).body as MetricCatalogEntry[])
          .filter((m) => m.help === CUSTOM_METRIC_HELP)
          .map((m) => m.name);

      beforeAll(async () => {
        database = await openOwnDatabase();
        capped = await startTestApp({ DATABASE_URL: database.url, CUSTOM_METRICS_MAX_NAMES: '3' });
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          await client.query(
            `INSERT INTO metric_series (name, type, help, labels, last_seen_at) VALUES ('capped_elsewhere', 'gauge', $1, '{"instance":"another-replica"}', now())`,
            [CUSTOM_METRIC_HELP],
          );
        } finally {
          await client.end();
        }
      }, 60_000);
      afterAll(async () => {
        await capped?.close();
        await database?.close();
      });

      it('counts names already stored, accepts a new name at the cap and refuses each one past it, writing nothing', async () => {
        await post(['capped_one']).expect(202);
        // capped_elsewhere and capped_one are stored: capped_two would be the third, capped_three the fourth.
        const res = await post(['capped_one', 'capped_two', 'capped_three', 'capped_two', 'capped_four']).expect(400);
        expect(fieldsOf(res)).toEqual([
          { field: '[2].name', problem: past(4) },
          { field: '[4].name', problem: past(5) },
        ]);
        expect(await storedNames()).toEqual(['capped_elsewhere', 'capped_one']);
        expect((await request(capped.getHttpServer()).get('/metrics').expect(200)).text).not.toMatch(/^capped_two /m);

        await post(['capped_two']).expect(202);
        const full = await post(['capped_three']).expect(400);
        expect(fieldsOf(full)).toEqual([{ field: '[0].name', problem: past(4) }]);
        // Names already stored are not new, whoever stored them.
        await post(['capped_elsewhere', 'capped_one', 'capped_two']).expect(202);
        expect(await storedNames()).toEqual(['capped_elsewhere', 'capped_one', 'capped_two']);
      });
    });

    it('caps a name at METRIC_NAME_MAX_LENGTH, in samples and in rule queries, writing nothing past it', async () => {
      const atCap = `hostile_${Date.now()}_`.padEnd(24, 'x');
      expect(atCap).toHaveLength(24);
      const past = `${atCap}y`;
      await http().post('/api/v1/metrics').send([sample(atCap)]).expect(202);
      const pushed = await http().post('/api/v1/metrics').send([sample(past)]).expect(400);
      expect(fieldsOf(pushed)).toEqual([{ field: '[0].name', problem: 'is longer than 24 characters' }]);
      const names = await catalogNames();
      expect(names).toContain(atCap);
      expect(names).not.toContain(past);

      const rule = (metric: string) => ({ name: unique('long'), severity: 'warning', query: { metric, aggregation: 'avg', window: '1m' }, comparator: '>', threshold: 1 });
      const accepted = (await http().post('/api/v1/alert-rules').send(rule(atCap)).expect(201)).body as AlertRule;
      const refusedRule = rule(past);
      const refused = await http().post('/api/v1/alert-rules').send(refusedRule).expect(400);
      expect(fieldsOf(refused)).toEqual([{ field: 'query.metric', problem: 'is longer than 24 characters' }]);
      expect(await ruleNames()).not.toContain(refusedRule.name);
      await http().delete(`/api/v1/alert-rules/${accepted.id}`).expect(204);
    });
  });

  describe('bodies the parsers would misread', () => {
    it('refuses a charset other than UTF-8 with 415, naming it, before parsing', async () => {
      const res = await http().post('/api/v1/metrics').set('content-type', 'application/json; charset=utf-16').send('[]').expect(415);
      expect(res.body).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: 'charset utf-16 is not read here; send UTF-8' });
    });

    it('refuses a content coding with 415 and Accept-Encoding: identity', async () => {
      const res = await http().post('/api/v1/metrics').set('content-type', 'application/json').set('content-encoding', 'gzip').send('[]').expect(415);
      expect(res.headers['accept-encoding']).toBe('identity');
      expect((res.body as ErrorBody).message).toBe('Content-Encoding gzip is not decoded here; send the body uncompressed');
    });

    it('reads a body labelled UTF-8', async () => {
      await http().post('/api/v1/metrics').set('content-type', 'application/json; charset=UTF-8').send(JSON.stringify([sample('hostile_one')])).expect(202);
    });
  });

  describe('slow clients', () => {
    it('answers 408 and closes a connection whose headers do not arrive in HTTP_HEADERS_TIMEOUT_MS', async () => {
      const answer = await rawRequest(port, ['GET /health/live HTTP/1.1\r\n', 'Host: vigil\r\n'], 100);
      expect(answer).toEqual({ text: expect.stringMatching(/^HTTP\/1\.1 408 /), closed: true });
    });

    it('answers 408 and closes a request that declares 10 bytes and sends one', async () => {
      const answer = await rawRequest(port, ['POST /api/v1/metrics HTTP/1.1\r\nHost: vigil\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n[']);
      expect(answer).toEqual({ text: expect.stringMatching(/^HTTP\/1\.1 408 /), closed: true });
    });

    it('closes connections past HTTP_MAX_CONNECTIONS as they arrive, and serves again once they go', async () => {
      const held = await Promise.all([openIdle(port), openIdle(port), openIdle(port), openIdle(port)]);
      try {
        const refused = await rawRequest(port, ['GET /health/live HTTP/1.1\r\nHost: vigil\r\nConnection: close\r\n\r\n']);
        expect(refused).toEqual({ text: '', closed: true });
      } finally {
        for (const socket of held) socket.destroy();
      }
      // The server counts a connection gone once its close is processed.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const served = await rawRequest(port, ['GET /health/live HTTP/1.1\r\nHost: vigil\r\nConnection: close\r\n\r\n']);
      expect(served.text).toMatch(/^HTTP\/1\.1 200 /);
    });
  });
});
