/**
 * Faults found by a hostile but fair user, each kept as a regression: a backtracking
 * silence regex, posted alerts that end before they start, unbounded custom metric
 * names, bodies in an encoding the parsers would misread, and clients that send their
 * request slowly or hold connections open.
 */
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertSummary, ErrorBody, Page } from '@vigil/types';
import request from 'supertest';
import { unique } from './support/alerting.js';
import { startTestApp } from './support/test-app.js';

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

  beforeAll(async () => {
    app = await startTestApp({
      CUSTOM_METRICS_MAX_NAMES: '3',
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
      // With a backtracking engine this post alone takes hours: the test times out.
      const silence = await http()
        .post('/api/v1/silences')
        .send({ matchers: [{ name: 'alertname', value: '(a+)+$', isRegex: true }], endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ops', comment: 'regex' })
        .expect(201);
      const alertname = `${'a'.repeat(40)}!`;
      await http().post('/api/v2/alerts').send([{ labels: { alertname, run: unique('run') } }]).expect(200);
      await http().get('/health/live').expect(200);
      const listed = (await http().get('/api/v1/alerts').query({ status: 'firing', pageSize: 200 }).expect(200)).body as Page<AlertSummary>;
      const posted = listed.items.filter((a) => a.name === alertname);
      expect(posted.map((a) => a.silencedBy)).toEqual([[]]);
      await http().delete(`/api/v1/silences/${(silence.body as { id: string }).id}`).expect(200);
    });

    it("refuses what RE2 refuses, with RE2's reason, and stores nothing", async () => {
      const before = ((await http().get('/api/v1/silences').expect(200)).body as unknown[]).length;
      const res = await http()
        .post('/api/v1/silences')
        .send({ matchers: [{ name: 'instance', value: '(?!api-1).*', isRegex: true }], endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ops', comment: 'lookahead' })
        .expect(400);
      expect((res.body as ErrorBody).details?.fields).toEqual([{ field: 'matchers[0].value', problem: 'is not an RE2 regular expression: invalid or unsupported Perl syntax: `(?!`' }]);
      expect(((await http().get('/api/v1/silences').expect(200)).body as unknown[]).length).toBe(before);
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
    expect((res.body as ErrorBody).details?.fields).toEqual([{ field: '[1].endsAt', problem: 'must not be before startsAt' }]);
    const listed = (await http().get('/api/v1/alerts').query({ pageSize: 200 }).expect(200)).body as Page<AlertSummary>;
    expect(listed.items.filter((a) => a.name.startsWith(alertname))).toEqual([]);
    // Go's zero time means "unset" and is never "before".
    await http().post('/api/v2/alerts').send([{ labels: { alertname }, startsAt: '2026-12-01T10:00:00Z', endsAt: '0001-01-01T00:00:00Z' }]).expect(200);
  });

  describe('custom metric names', () => {

    it('caps the number of names at CUSTOM_METRICS_MAX_NAMES, naming the sample past it', async () => {
      await http().post('/api/v1/metrics').send([sample('hostile_one'), sample('hostile_two')]).expect(202);
      const res = await http().post('/api/v1/metrics').send([sample('hostile_one'), sample('hostile_three'), sample('hostile_four')]).expect(400);
      expect((res.body as ErrorBody).details?.fields).toEqual([
        { field: '[2].name', problem: 'would be custom metric name 4, above the limit of 3 (CUSTOM_METRICS_MAX_NAMES)' },
      ]);
      const scrape = (await http().get('/metrics').expect(200)).text;
      expect(scrape).not.toMatch(/^hostile_three /m);
      expect(scrape).not.toMatch(/^hostile_four /m);
      // Names already known still take samples; one new name still fits.
      await http().post('/api/v1/metrics').send([sample('hostile_one'), sample('hostile_three')]).expect(202);
    });

    it('caps a name at METRIC_NAME_MAX_LENGTH, in samples and in rule queries', async () => {
      const long = 'hostile_name_of_25_chars';
      expect(`${long}x`.length).toBe(25);
      const pushed = await http().post('/api/v1/metrics').send([sample(`${long}x`)]).expect(400);
      expect((pushed.body as ErrorBody).details?.fields).toEqual([{ field: '[0].name', problem: 'is longer than 24 characters' }]);
      const rule = await http()
        .post('/api/v1/alert-rules')
        .send({ name: unique('long'), severity: 'warning', query: { metric: `${long}x`, aggregation: 'avg', window: '1m' }, comparator: '>', threshold: 1 })
        .expect(400);
      expect((rule.body as ErrorBody).details?.fields).toEqual([{ field: 'query.metric', problem: 'is longer than 24 characters' }]);
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
