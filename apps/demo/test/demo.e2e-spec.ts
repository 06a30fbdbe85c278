import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadDemoConfig } from '../src/demo-config.js';
import { DemoModule } from '../src/demo.module.js';
import { SelfTraffic } from '../src/self-traffic.js';

/** The value of the one exposition line that starts with `series` (name and labels, exactly as written). */
function sampleValue(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const count = (method: string, route: string, status: number) =>
  `http_server_request_duration_seconds_count{http_request_method="${method}",http_response_status_code="${status}",http_route="${route}"}`;

describe('the demo service', () => {
  let app: INestApplication;
  let url: string;

  beforeEach(async () => {
    app = await NestFactory.create(DemoModule.forRoot(loadDemoConfig({ PORT: '0' })), { logger: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterEach(() => app.close());

  const call = (path: string, method = 'GET') => fetch(`${url}${path}`, { method, signal: AbortSignal.timeout(10_000) });
  const metrics = async () => (await call('/metrics')).text();

  it('times each request under its route template, with its method and status', async () => {
    expect((await call('/orders')).status).toBe(200);
    expect(await (await call('/orders/2')).json()).toEqual({ id: 2, item: 'monitor', quantity: 1 });
    expect((await call('/orders/3')).status).toBe(200);
    expect((await call('/orders/9')).status).toBe(404);
    const exposition = await metrics();
    expect(sampleValue(exposition, count('GET', '/orders', 200))).toBe(1);
    expect(sampleValue(exposition, count('GET', '/orders/:id', 200))).toBe(2);
    expect(sampleValue(exposition, count('GET', '/orders/:id', 404))).toBe(1);
    // The standard process metrics, unprefixed, for the stock dashboards.
    expect(exposition).toMatch(/^process_cpu_seconds_total \d/m);
    expect(exposition).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('fails exactly one checkout in five with a 503, counted by outcome in its own metric', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await call('/checkout', 'POST')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 503, 201, 201, 201, 201, 503]);
    const exposition = await metrics();
    expect(sampleValue(exposition, 'demo_checkouts_total{outcome="paid"}')).toBe(8);
    expect(sampleValue(exposition, 'demo_checkouts_total{outcome="failed"}')).toBe(2);
    expect(sampleValue(exposition, count('POST', '/checkout', 503))).toBe(2);
  });

  it('searches primes up to a bounded limit and names a bad one', async () => {
    expect(await (await call('/primes?limit=100')).json()).toEqual({ limit: 100, count: 25, largest: 97 });
    const bad = await call('/primes?limit=2000001');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe('limit must be an integer from 0 to 2000000');
    expect((await call('/primes?limit=abc')).status).toBe(400);
  });

  it('answers the probes, and sends itself the traffic mix when asked', async () => {
    expect((await call('/health/live')).status).toBe(200);
    expect((await call('/health/ready')).status).toBe(200);
    const traffic = app.get(SelfTraffic);
    traffic.start(url, 100);
    const deadline = Date.now() + 10_000;
    while (traffic.requestsSent < 50 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(traffic.requestsSent).toBeGreaterThanOrEqual(50);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The mix reaches every kind of route; the list is the most frequent.
    const exposition = await metrics();
    expect(sampleValue(exposition, count('GET', '/orders', 200))).toBeGreaterThan(0);
  });
});
