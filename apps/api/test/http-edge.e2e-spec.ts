/**
 * Four faults at the HTTP edge, each kept as a regression against the built API as a
 * process (`node dist/main.js`, the server production runs) with short limits set by
 * its environment: bodies nested thousands of levels deep, clients that send slowly or
 * hold connections, bodies whose headers say they are not plain UTF-8, and the
 * database stopping under the running app.
 *
 * Every request here goes over a connection of its own (`agent: false`, or a raw
 * socket), so the connection cap counts only what each test opens.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { ErrorBody, Setting } from '@vigil/types';
import { freePort, startApiProcess, type ApiProcess } from './support/api-process.js';
import { unique } from './support/alerting.js';
import { deeplyNestedJson } from './support/json-text.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { TcpProxy } from './support/tcp-proxy.js';

const HEADERS_TIMEOUT_MS = 500;
const REQUEST_TIMEOUT_MS = 1_000;
const KEEP_ALIVE_TIMEOUT_MS = 500;
const MAX_CONNECTIONS = 8;
/** Node checks the header and request timeouts on an interval: the API sets it to min(1 s, headers timeout). */
const CHECK_INTERVAL_MS = Math.min(1_000, HEADERS_TIMEOUT_MS);
/** Node keeps an idle keep-alive socket 1 s past the advertised timeout (HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER). */
const KEEP_ALIVE_BUFFER_MS = 1_000;
/** Room for a loaded machine on top of each bound. */
const SLACK_MS = 1_000;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

interface RawAnswer {
  /** Everything the server sent before it closed the connection. */
  text: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
}

describe('the HTTP edge of the API process', () => {
  let database: OwnDatabase;
  let proxy: TcpProxy;
  let api: ApiProcess;
  let port: number;

  /** One request on a connection of its own (`Connection: close`). */
  function send(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, agent: false, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      });
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  const errorOf = (answer: Answer) => JSON.parse(answer.text) as ErrorBody;

  /** Connects and writes `parts` at once; resolves when the server closes the connection. */
  function rawRequest(parts: string[]): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1');
      let text = '';
      const closed = () => resolve({ text, closedAfterMs: Date.now() - started });
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => (text += chunk));
      // A connection the server destroys unread is reset rather than ended.
      socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? closed() : reject(error)));
      socket.on('close', closed);
      socket.on('connect', () => parts.forEach((part) => socket.write(part)));
      // Far past every bound under test: fail rather than hang the suite.
      setTimeout(() => socket.destroy(new Error('the server kept the connection open for 20 s')), 20_000).unref();
    });
  }

  async function waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      try {
        const answer = await send('GET', '/health/ready');
        if (answer.status === 200) return;
        last = `HTTP ${answer.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(100);
    }
    throw new Error(`not ready within ${timeoutMs} ms (last: ${last}):\n${api.output()}`);
  }

  beforeAll(async () => {
    database = await openOwnDatabase();
    const target = new URL(database.url);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    port = await freePort();
    api = startApiProcess({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: proxy.rewrite(database.url),
      SHUTDOWN_DRAIN_MS: '0',
      SCHEDULED_JOBS_ENABLED: 'false',
      // No cached readiness outcome: the probe checks the database on every request.
      HEALTH_CACHE_TTL_MS: '0',
      HEALTH_CHECK_TIMEOUT_MS: '500',
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
    });
    await waitUntilReady(60_000);
  }, 90_000);

  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await api?.exited;
    await proxy?.stop();
    await database?.close();
  });

  describe('bodies nested past HTTP_MAX_BODY_DEPTH (32 by default)', () => {
    const serviceName = async () => JSON.parse((await send('GET', '/api/v1/config/ui.serviceName')).text) as Setting;

    it('answers a setting value of 5,000 nested objects 400 naming the limit, and stores nothing', async () => {
      const answer = await send('PUT', '/api/v1/config/ui.serviceName', `{"value":${deeplyNestedJson(5_000, 'object')}}`);
      expect({ status: answer.status, body: errorOf(answer) }).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'body: is nested deeper than 32 levels (HTTP_MAX_BODY_DEPTH)',
          details: { fields: [{ field: 'body', problem: 'is nested deeper than 32 levels (HTTP_MAX_BODY_DEPTH)' }] },
        },
      });
      expect((await serviceName()).isDefault).toBe(true);
    });

    it('answers a body of 100,000 nested arrays 400 naming the limit', async () => {
      const answer = await send('POST', '/api/v1/metrics', deeplyNestedJson(100_000, 'array'));
      expect(answer.status).toBe(400);
      expect(errorOf(answer).message).toBe('body: is nested deeper than 32 levels (HTTP_MAX_BODY_DEPTH)');
      expect((await send('GET', '/health/live')).status).toBe(200);
    });

    it('lets a body at the limit through to validation, and counts no brackets inside strings', async () => {
      // 32 levels: the body object and 31 below it.
      const atLimit = await send('PUT', '/api/v1/config/ui.serviceName', `{"value":${deeplyNestedJson(31, 'object')}}`);
      expect({ status: atLimit.status, message: errorOf(atLimit).message }).toEqual({ status: 400, message: 'value: must be a string' });
      const bracketed = await send('PUT', '/api/v1/config/ui.serviceName', JSON.stringify({ value: '['.repeat(40) }));
      expect(errorOf(bracketed).message).toMatch(/^value: /);
      expect((await send('PUT', '/api/v1/config/ui.serviceName', JSON.stringify({ value: 'edge' }))).status).toBe(200);
      expect((await serviceName()).value).toBe('edge');
    });
  });

  describe('bodies whose headers say they are not plain UTF-8', () => {
    it('refuses a charset other than UTF-8 with 415 naming it, whatever the bytes', async () => {
      for (const body of ['{"value":"edge-utf16"}', Buffer.from('{"value":"edge-utf16"}', 'utf16le')]) {
        const answer = await send('PUT', '/api/v1/config/ui.serviceName', body, { 'content-type': 'application/json; charset=utf-16' });
        expect({ status: answer.status, body: errorOf(answer) }).toEqual({
          status: 415,
          body: { statusCode: 415, error: 'Unsupported Media Type', message: 'charset utf-16 is not read here; send UTF-8' },
        });
      }
    });

    it('refuses a Content-Encoding it does not decode with 415 naming the header, on a plain or a gzipped body', async () => {
      for (const body of ['{"value":"edge-gzip"}', gzipSync('{"value":"edge-gzip"}')]) {
        const answer = await send('PUT', '/api/v1/config/ui.serviceName', body, { 'content-encoding': 'gzip' });
        expect({ status: answer.status, acceptEncoding: answer.headers['accept-encoding'], message: errorOf(answer).message }).toEqual({
          status: 415,
          acceptEncoding: 'identity',
          message: 'Content-Encoding gzip is not decoded here; send the body uncompressed',
        });
      }
      expect(JSON.parse((await send('GET', '/api/v1/config/ui.serviceName')).text)).toMatchObject({ value: 'edge' });
    });
  });

  describe('slow and idle clients', () => {
    it('answers 408 and closes a request that declares Content-Length: 10 and sends one byte, within HTTP_REQUEST_TIMEOUT_MS', async () => {
      const answer = await rawRequest(['PUT /api/v1/config/ui.serviceName HTTP/1.1\r\nHost: vigil\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{']);
      expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
      expect(answer.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + CHECK_INTERVAL_MS + SLACK_MS);
    });

    it('answers 408 and closes a connection whose headers never finish, within HTTP_HEADERS_TIMEOUT_MS', async () => {
      const answer = await rawRequest(['GET /health/live HTTP/1.1\r\nHost: vigil\r\n']);
      expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + CHECK_INTERVAL_MS + SLACK_MS);
    });

    it('closes a connection that sends nothing at all, within HTTP_HEADERS_TIMEOUT_MS', async () => {
      const answer = await rawRequest([]);
      expect(answer.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + CHECK_INTERVAL_MS + SLACK_MS);
    });

    it('closes an idle keep-alive connection after HTTP_KEEP_ALIVE_TIMEOUT_MS', async () => {
      const answer = await rawRequest(['GET /health/live HTTP/1.1\r\nHost: vigil\r\n\r\n']);
      expect(answer.text).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer.text).toMatch(/^Connection: keep-alive\r$/im);
      expect(answer.closedAfterMs).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 100);
      expect(answer.closedAfterMs).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + KEEP_ALIVE_BUFFER_MS + SLACK_MS);
    });

    it('holds at most HTTP_MAX_CONNECTIONS of 40 slow clients, closes the rest at once, and serves again once they are gone', async () => {
      const slow = 'PUT /api/v1/config/ui.serviceName HTTP/1.1\r\nHost: vigil\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{';
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 40 }, () => rawRequest([slow])));
      const held = answers.filter((a) => a.text !== '');
      const refused = answers.filter((a) => a.text === '');
      expect({ held: held.length, refused: refused.length }).toEqual({ held: MAX_CONNECTIONS, refused: 40 - MAX_CONNECTIONS });
      for (const answer of held) expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
      // Refused as they arrive, not after a timeout.
      for (const answer of refused) expect(answer.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS - 100);
      expect(Date.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS + CHECK_INTERVAL_MS + SLACK_MS);
      // The server counts a connection gone once its close is processed.
      await sleep(100);
      expect((await send('GET', '/health/live')).status).toBe(200);
    });
  });

  // Last: it stops the database for good.
  describe('once the database stops under the running app', () => {
    beforeAll(async () => {
      // The server goes away: connections in use are cut, new ones refused.
      await proxy.stop();
      await database.close();
    });

    it('answers a write 503 with Retry-After and a body naming the database', async () => {
      const answer = await send('POST', '/api/v1/alert-rules', JSON.stringify({ name: unique('EdgeOutage'), severity: 'warning', query: { metric: 'queue_depth', aggregation: 'max', window: '1m' }, comparator: '>', threshold: 5 }));
      expect({ status: answer.status, retryAfter: answer.headers['retry-after'], body: errorOf(answer) }).toEqual({
        status: 503,
        retryAfter: '5',
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          message: expect.stringMatching(/^the database is unavailable: \S.*$/),
          details: { dependency: 'database' },
        },
      });
      const setting = await send('PUT', '/api/v1/config/ui.serviceName', JSON.stringify({ value: 'edge-down' }));
      expect({ status: setting.status, retryAfter: setting.headers['retry-after'], dependency: errorOf(setting).details?.dependency }).toEqual({ status: 503, retryAfter: '5', dependency: 'database' });
    });

    it('keeps liveness and the live metrics answering, and readiness 503 naming the database', async () => {
      expect((await send('GET', '/health/live')).status).toBe(200);
      const scrape = await send('GET', '/metrics');
      expect(scrape.status).toBe(200);
      expect(scrape.text).toContain('vigil_db_pool_connections');
      expect((await send('GET', '/api/v1/metrics/system')).status).toBe(200);
      const ready = await send('GET', '/health/ready');
      expect({ status: ready.status, message: errorOf(ready).message }).toEqual({ status: 503, message: expect.stringMatching(/^not ready: database \(.+\) down$/) });
    });
  });
});
