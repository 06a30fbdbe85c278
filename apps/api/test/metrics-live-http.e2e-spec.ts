import { request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { parseExposition, type Sample } from './support/prometheus-text-parser.js';
import { startTestApp } from './support/test-app.js';

/**
 * Sends every GET on one connection without waiting for answers (HTTP/1.1 pipelining)
 * and resolves with the number of 404s received: the client costs next to nothing, so
 * ten thousand requests take a few seconds of the server's time.
 */
const STATUS_404 = 'HTTP/1.1 404 ';

function pipelinedGets(port: number, paths: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let notFound = 0;
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      // A status line follows the previous body directly, so count it anywhere; keep a
      // tail in case one is split between chunks.
      received += chunk;
      notFound += received.split(STATUS_404).length - 1;
      received = received.endsWith(STATUS_404) ? '' : received.slice(-STATUS_404.length);
      if (notFound === paths.length) socket.end(() => resolve(notFound));
    });
    socket.on('error', reject);
    socket.write(paths.map((path) => `GET ${path} HTTP/1.1\r\nHost: vigil\r\n\r\n`).join(''));
  });
}

describe('HTTP metrics', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let port: number;

  async function requestSeries(): Promise<Sample[]> {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    return parseExposition(res.text).get('vigil_http_requests_total')?.samples ?? [];
  }

  const countFor = (series: Sample[], labels: Record<string, string>) =>
    series.find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value ?? 0;

  beforeAll(async () => {
    app = await startTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.getHttpServer().address() as AddressInfo).port;
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => app.close());

  it('counts a parameterised route under its template, never its URL', async () => {
    const before = await requestSeries();
    const labels = { method: 'GET', route: '/api/v1/config/:key', status_class: '2xx' };
    await request(app.getHttpServer()).get('/api/v1/config/ui.serviceName').expect(200);
    await request(app.getHttpServer()).get('/api/v1/config/ui.defaultRefreshSeconds').expect(200);
    await request(app.getHttpServer()).get('/api/v1/config/ui.nothing').expect(404);
    const after = await requestSeries();
    expect(countFor(after, labels) - countFor(before, labels)).toBe(2);
    expect(countFor(after, { ...labels, status_class: '4xx' }) - countFor(before, { ...labels, status_class: '4xx' })).toBe(1);
    expect(after.some((s) => s.labels.route?.includes('ui.'))).toBe(false);
  });

  it('adds at most one series for 10,000 requests to random unknown paths', async () => {
    await fetch(`${baseUrl}/warm-up/unmatched`);
    const before = await requestSeries();
    const paths = Array.from({ length: 10_000 }, (_, i) => `/scan/${i}/${Math.random().toString(36).slice(2)}?q=${i}`);
    const answered = await Promise.all(
      Array.from({ length: 8 }, (_, c) => pipelinedGets(port, paths.filter((_p, i) => i % 8 === c))),
    );
    expect(answered.reduce((sum, n) => sum + n, 0)).toBe(10_000);
    const after = await requestSeries();
    expect(after.length - before.length).toBeLessThanOrEqual(1);
    const unmatched = { method: 'GET', route: '<unmatched>', status_class: '4xx' };
    expect(countFor(after, unmatched) - countFor(before, unmatched)).toBe(10_000);
  });

  it('folds unusual methods into OTHER', async () => {
    for (const method of ['PROPFIND', 'MKCOL', 'LOCK']) {
      await new Promise<void>((resolve, reject) => {
        httpRequest(`${baseUrl}/webdav/x`, { method }, (res) => res.resume().on('end', resolve)).on('error', reject).end();
      });
    }
    const series = await requestSeries();
    expect(countFor(series, { method: 'OTHER', route: '<unmatched>' })).toBe(3);
    expect(series.some((s) => ['PROPFIND', 'MKCOL', 'LOCK'].includes(s.labels.method ?? ''))).toBe(false);
  });
});
