import { Registry } from 'prom-client';
import { HTTP_SERVER_DURATION } from '../src/index.js';
import { countSamples, scrapeSamples } from './support/metric-samples.js';
import { parseExposition } from './support/prometheus-text-parser.js';
import { ADAPTERS, bearer, startApp, type TestApp } from './support/test-app.js';

const TOKEN = 'scrape-token';
const COUNT = `${HTTP_SERVER_DURATION}_count`;

describe.each(ADAPTERS)('GET /metrics on %s', (adapter) => {
  let t: TestApp;
  const scrape = () => scrapeSamples(`${t.url}/metrics`, HTTP_SERVER_DURATION, bearer(TOKEN));

  beforeAll(async () => {
    t = await startApp(adapter, { service: 'shop', metrics: { token: TOKEN }, probes: { drainDelayMs: 0 } });
  });
  afterAll(() => t.close());

  it('passes the strict text-format parser, with the default metrics under their standard names', async () => {
    const response = await fetch(`${t.url}/metrics`, { headers: bearer(TOKEN) });
    expect(response.headers.get('content-type')).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
    const families = parseExposition(await response.text());
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_eventloop_lag_p99_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_gc_duration_seconds',
    ]) {
      expect(families.has(name)).toBe(true);
    }
    expect(families.get(HTTP_SERVER_DURATION)?.type).toBe('histogram');
  });

  it('answers OpenMetrics to a client that asks for it, and the text format after that as before', async () => {
    const accept = 'application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3';
    const response = await fetch(`${t.url}/metrics`, { headers: { ...bearer(TOKEN), accept } });
    expect(response.headers.get('content-type')).toBe(Registry.OPENMETRICS_CONTENT_TYPE);
    const families = parseExposition(await response.text(), { openMetrics: true });
    expect(families.get('process_cpu_seconds')?.samples[0]?.name).toBe('process_cpu_seconds_total');
    const text = parseExposition(await (await fetch(`${t.url}/metrics`, { headers: bearer(TOKEN) })).text());
    expect(text.has('process_cpu_seconds_total')).toBe(true);
  });

  it('counts a request to /items/42 under the route template /items/:id, never under its path', async () => {
    expect((await fetch(`${t.url}/items/42`)).status).toBe(200);
    const samples = await scrape();
    const series = countSamples(samples, COUNT).find((sample) => sample.labels.http_route === '/items/:id');
    expect(series?.labels).toEqual({ http_request_method: 'GET', http_route: '/items/:id', http_response_status_code: '200' });
    expect(series?.value).toBeGreaterThanOrEqual(1);
    expect(samples.some((sample) => Object.values(sample.labels).includes('/items/42'))).toBe(false);
  });

  it('adds at most one series for 10,000 random unmatched paths, which all share it', async () => {
    const before = countSamples(await scrape(), COUNT);
    const unmatchedBefore = before.find((s) => s.labels.http_route === undefined && s.labels.http_response_status_code === '404');
    let next = 0;
    const worker = async () => {
      while (next < 10_000) {
        next++;
        const path = `/${Math.random().toString(36).slice(2)}/${Math.random().toString(36).slice(2, 8)}`;
        const response = await fetch(`${t.url}${path}`);
        await response.arrayBuffer();
        if (response.status !== 404) throw new Error(`${path} answered ${response.status}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const after = countSamples(await scrape(), COUNT);
    expect(after.length - before.length).toBeLessThanOrEqual(1);
    const unmatched = after.find((s) => s.labels.http_route === undefined && s.labels.http_response_status_code === '404');
    expect(unmatched?.labels).toEqual({ http_request_method: 'GET', http_response_status_code: '404' });
    expect((unmatched?.value ?? 0) - (unmatchedBefore?.value ?? 0)).toBe(10_000);
  });

  it('counts a method outside the standard set as _OTHER', async () => {
    await (await fetch(`${t.url}/items/1`, { method: 'PROPFIND' })).arrayBuffer();
    const methods = countSamples(await scrape(), COUNT).map((sample) => sample.labels.http_request_method);
    expect(methods).toContain('_OTHER');
    expect(methods).not.toContain('PROPFIND');
  });

  it('answers 401 without the token or with a wrong one, naming the scheme', async () => {
    const missing = await fetch(`${t.url}/metrics`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await missing.json()).toMatchObject({ statusCode: 401, message: expect.stringContaining('bearer token') });
    expect((await fetch(`${t.url}/metrics`, { headers: bearer(`${TOKEN}x`) })).status).toBe(401);
  });
});

describe.each(ADAPTERS)('two apps in one process on %s', (adapter) => {
  it('keep their series apart, each on its own registry', async () => {
    const one = await startApp(adapter, { service: 'one', probes: { drainDelayMs: 0 } });
    const two = await startApp(adapter, { service: 'two', probes: { drainDelayMs: 0 } });
    try {
      await (await fetch(`${one.url}/items/1`)).arrayBuffer();
      const routes = async (app: TestApp) =>
        countSamples(await scrapeSamples(`${app.url}/metrics`, HTTP_SERVER_DURATION), COUNT).map((s) => s.labels.http_route);
      expect(await routes(one)).toContain('/items/:id');
      expect(await routes(two)).not.toContain('/items/:id');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
