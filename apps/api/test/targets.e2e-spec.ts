/**
 * Scrape targets over HTTP and in the store: the API's CRUD and its refusals, agents'
 * heartbeats behind the agent token, SCRAPE_TARGETS kept read-only, and scrapes of a
 * fake exporter on loopback stored with `service` and `instance` labels, with `up` and
 * the scrape figures Prometheus records, including the failures (down, limits).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AgentHeartbeat, ErrorBody, ScrapeTarget } from '@vigil/types';
import { Counter, Histogram, Registry } from 'prom-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock.js';
import { TargetRepository } from '../src/targets/registry/target.repository.js';
import { ScrapeScheduler } from '../src/targets/scrape/scrape-scheduler.service.js';
import { FakeExporter } from './support/fake-exporter.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const START = Date.UTC(2026, 11, 1, 12, 0, 0);
const AGENT_TOKEN = 'agent-token-for-the-targets-spec';
const problemsOf = (body: unknown) => (body as ErrorBody).details?.fields;

/** A real prom-client exposition: a labelled histogram over two routes and a counter. */
async function ordersExposition(): Promise<string> {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP server requests.',
    labelNames: ['http_request_method', 'http_route', 'http_response_status_code'],
    buckets: [0.1, 0.5, 1],
    registers: [registry],
  });
  for (const seconds of [0.05, 0.2, 0.7]) duration.observe({ http_request_method: 'GET', http_route: '/orders/:id', http_response_status_code: '200' }, seconds);
  duration.observe({ http_request_method: 'POST', http_route: '/checkout', http_response_status_code: '500' }, 2);
  // An exposition label that the target also sets is kept as exported_<name>.
  new Counter({ name: 'orders_placed_total', help: 'Orders placed.', labelNames: ['instance'], registers: [registry] }).inc({ instance: 'shop-1' }, 7);
  return registry.metrics();
}

describe('/api/v1/targets', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-targets-'));
  const clock = new ManualClock(START);
  const exporter = new FakeExporter();
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await openOwnDatabase();
    await exporter.start();
    app = await startTestApp(
      {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        AGENT_TOKEN,
        SCRAPE_MAX_BODY_BYTES: String(64 * 1024),
        SCRAPE_TARGETS: JSON.stringify([{ service: 'billing', url: 'http://127.0.0.1:9/metrics', labels: { team: 'payments' } }]),
      },
      { clock },
    );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await exporter.stop();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** One scheduler tick at the clock's time, waiting for the scrapes it started. */
  async function scrapeDue(): Promise<void> {
    const scheduler = app.get(ScrapeScheduler);
    await scheduler.tick();
    await scheduler.idle();
  }

  /** Stored values of `name` at the clock's time, by their labels. */
  async function storedAt(name: string): Promise<{ labels: Record<string, string>; value: number; buckets: number[] | null }[]> {
    const rows: { labels: Record<string, string>; value: number; buckets: number[] | null }[] = await app.get(DataSource).query(
      `SELECT s.labels, m.value, m.buckets FROM metric_samples m JOIN metric_series s ON s.id = m.series_id
       WHERE s.name = $1 AND m.ts = $2`,
      [name, clock.now()],
    );
    const key = (labels: Record<string, string>) => JSON.stringify(Object.entries(labels).sort());
    return rows
      .map((r) => ({ ...r, value: Number(r.value), buckets: r.buckets?.map(Number) ?? null }))
      .sort((a, b) => key(a.labels).localeCompare(key(b.labels)));
  }

  async function listed(): Promise<ScrapeTarget[]> {
    return (await http().get('/api/v1/targets').expect(200)).body as ScrapeTarget[];
  }

  it('lists SCRAPE_TARGETS as static targets that cannot be edited or deleted through the API', async () => {
    const [billing] = await listed();
    expect(billing).toMatchObject({
      service: 'billing',
      instance: '127.0.0.1:9',
      source: 'static',
      labels: { team: 'payments' },
      scrapeInterval: '15s',
      scrapeTimeout: '10s',
      sampleLimit: 50_000,
      hasBearerToken: false,
      health: 'unknown',
    });
    const put = await http().put(`/api/v1/targets/${billing?.id}`).send({ service: 'billing', url: exporter.url }).expect(409);
    expect((put.body as ErrorBody).message).toContain('SCRAPE_TARGETS');
    await http().delete(`/api/v1/targets/${billing?.id}`).expect(409);
  });

  it('scrapes a target into the history with service and instance labels, and records up and the scrape figures', async () => {
    const body = await ordersExposition();
    exporter.answerWith({ body, gzip: true });
    const created = (await http().post('/api/v1/targets').send({ service: 'orders', url: exporter.url, bearerToken: 'secret-scrape-token' }).expect(201))
      .body as ScrapeTarget;
    const instance = new URL(exporter.url).host;
    expect(created).toMatchObject({ service: 'orders', instance, source: 'api', hasBearerToken: true, health: 'unknown' });
    expect(JSON.stringify(created)).not.toContain('secret-scrape-token');

    await scrapeDue();
    const target = (await http().get(`/api/v1/targets/${created.id}`).expect(200)).body as ScrapeTarget;
    const sampleLines = body.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length;
    expect(target).toMatchObject({ health: 'up', lastError: null, lastSamples: sampleLines, lastScrapeAt: new Date(START).toISOString() });
    expect(exporter.requests.at(-1)).toMatchObject({ authorization: 'Bearer secret-scrape-token', 'x-prometheus-scrape-timeout-seconds': '10' });

    const labels = { service: 'orders', instance };
    expect(await storedAt('http_server_request_duration_seconds')).toEqual([
      {
        labels: { ...labels, http_request_method: 'GET', http_response_status_code: '200', http_route: '/orders/:id' },
        value: 3,
        buckets: [1, 2, 3],
      },
      {
        labels: { ...labels, http_request_method: 'POST', http_response_status_code: '500', http_route: '/checkout' },
        value: 1,
        buckets: [0, 0, 0],
      },
    ]);
    expect((await storedAt('http_server_request_duration_seconds_sum')).map((s) => s.value)).toEqual([0.95, 2]);
    expect(await storedAt('orders_placed_total')).toEqual([{ labels: { ...labels, exported_instance: 'shop-1' }, value: 7, buckets: null }]);
    const ofOrders = async (name: string) => (await storedAt(name)).filter((s) => s.labels.service === 'orders');
    expect(await ofOrders('up')).toEqual([{ labels, value: 1, buckets: null }]);
    expect(await ofOrders('scrape_samples_scraped')).toEqual([{ labels, value: sampleLines, buckets: null }]);
    // The static target on a closed port failed in the same tick, with its own labels.
    expect(await storedAt('up')).toContainEqual({ labels: { service: 'billing', instance: '127.0.0.1:9', team: 'payments' }, value: 0, buckets: null });
    const [duration] = await ofOrders('scrape_duration_seconds');
    expect(duration?.value).toBeGreaterThan(0);
    expect(duration?.value).toBeLessThan(10);

    // Not due again until its interval has passed: a second tick at the same time scrapes nothing.
    const scrapes = exporter.requests.length;
    await scrapeDue();
    expect(exporter.requests.length).toBe(scrapes);
  });

  it('marks a target that stops answering down: up 0, the error named, and its series stop', async () => {
    const [orders] = (await listed()).filter((t) => t.service === 'orders');
    const port = Number(new URL(exporter.url).port);
    await exporter.stop();
    clock.advance(15_000);
    await scrapeDue();
    const target = (await http().get(`/api/v1/targets/${orders?.id}`).expect(200)).body as ScrapeTarget;
    expect(target.health).toBe('down');
    expect(target.lastError).toMatch(/ECONNREFUSED/);
    expect(await storedAt('up')).toContainEqual({ labels: { service: 'orders', instance: orders?.instance }, value: 0, buckets: null });
    expect(await storedAt('http_server_request_duration_seconds')).toEqual([]);
    await exporter.start(port);
  });

  it('fails a scrape over the sample limit or the body size limit, naming the limit', async () => {
    exporter.answerWith({ body: await ordersExposition() });
    const limited = (await http().post('/api/v1/targets').send({ service: 'small', url: exporter.url, sampleLimit: 5 }).expect(201)).body as ScrapeTarget;
    clock.advance(15_000);
    await scrapeDue();
    const afterLimit = (await http().get(`/api/v1/targets/${limited.id}`).expect(200)).body as ScrapeTarget;
    expect(afterLimit.health).toBe('down');
    expect(afterLimit.lastError).toMatch(/^sample limit exceeded: the target exposed \d+ samples, its sampleLimit is 5$/);

    // About 100 KB against SCRAPE_MAX_BODY_BYTES of 64 KiB.
    exporter.answerWith({ body: `# TYPE big gauge\n${Array.from({ length: 6_000 }, (_, i) => `big{i="${i}"} ${i}`).join('\n')}\n` });
    clock.advance(15_000);
    await scrapeDue();
    const afterBody = (await http().get(`/api/v1/targets/${limited.id}`).expect(200)).body as ScrapeTarget;
    expect(afterBody.lastError).toBe('body size limit exceeded: the response is larger than 65536 bytes');
  });

  it('fails a scrape of a body Prometheus would not parse, naming the line', async () => {
    exporter.answerWith({ body: 'ok_metric 1\nbroken{label="x" 2\n' });
    const created = (await http().post('/api/v1/targets').send({ service: 'broken', url: exporter.url }).expect(201)).body as ScrapeTarget;
    clock.advance(15_000);
    await scrapeDue();
    const target = (await http().get(`/api/v1/targets/${created.id}`).expect(200)).body as ScrapeTarget;
    expect(target.health).toBe('down');
    expect(target.lastError).toMatch(/^parse error: line 2: /);
  });

  it.each([
    ['a URL that is not http', { service: 'x', url: 'ftp://example.com/metrics' }, 'url'],
    ['credentials in the URL', { service: 'x', url: 'http://user:pw@example.com/metrics' }, 'url'],
    ['a bad service name', { service: 'Bad Name', url: 'http://example.com/metrics' }, 'service'],
    ['an interval below a second', { service: 'x', url: 'http://example.com/metrics', scrapeInterval: '500ms' }, 'scrapeInterval'],
    ['a timeout above the interval', { service: 'x', url: 'http://example.com/metrics', scrapeInterval: '10s', scrapeTimeout: '20s' }, 'scrapeTimeout'],
    ['a reserved label', { service: 'x', url: 'http://example.com/metrics', labels: { instance: 'a' } }, 'labels.instance'],
    ['a sample limit of 0', { service: 'x', url: 'http://example.com/metrics', sampleLimit: 0 }, 'sampleLimit'],
    ['an unknown field', { service: 'x', url: 'http://example.com/metrics', job: 'x' }, 'job'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_name, body, field) => {
    const before = await listed();
    const res = await http().post('/api/v1/targets').send(body).expect(400);
    expect(problemsOf(res.body)?.map((p) => p.field)).toContain(field);
    expect(await listed()).toEqual(before);
  });

  it('refuses a second target with the same service and instance', async () => {
    const before = await listed();
    const res = await http().post('/api/v1/targets').send({ service: 'orders', url: exporter.url }).expect(400);
    expect(problemsOf(res.body)).toEqual([{ field: 'instance', problem: `"${new URL(exporter.url).host}" is already a target of service "orders"` }]);
    expect(await listed()).toEqual(before);
  });

  it('replaces and deletes a target added through the API', async () => {
    const created = (await http().post('/api/v1/targets').send({ service: 'cart', url: 'http://127.0.0.1:1/metrics' }).expect(201)).body as ScrapeTarget;
    const replaced = (
      await http().put(`/api/v1/targets/${created.id}`).send({ service: 'cart', url: 'http://127.0.0.1:2/metrics', instance: 'cart-a', scrapeInterval: '30s' }).expect(200)
    ).body as ScrapeTarget;
    expect(replaced).toMatchObject({ id: created.id, instance: 'cart-a', url: 'http://127.0.0.1:2/metrics', scrapeInterval: '30s', hasBearerToken: false });
    await http().delete(`/api/v1/targets/${created.id}`).expect(204);
    await http().get(`/api/v1/targets/${created.id}`).expect(404);
    await http().delete(`/api/v1/targets/${created.id}`).expect(404);
  });

  describe('heartbeats', () => {
    const beat = (instanceId: string): AgentHeartbeat => ({
      service: 'worker',
      instanceId,
      version: '1.4.0',
      baseUrl: 'http://127.0.0.1:4100',
      metricsUrl: 'http://127.0.0.1:4100/metrics',
      metricsTokenRequired: true,
      pid: 4242,
      host: 'worker-host',
      startedAt: new Date(START).toISOString(),
      controlPrefix: '/vigil',
      intervalMs: 10_000,
    });

    it('refuses a heartbeat without the agent token, or with another, writing nothing', async () => {
      const before = await listed();
      const missing = await http().post('/api/v1/targets/heartbeat').send(beat('w-1')).expect(401);
      expect((missing.body as ErrorBody).message).toContain('agent token');
      await http().post('/api/v1/targets/heartbeat').set('authorization', 'Bearer not-the-token').send(beat('w-1')).expect(401);
      expect(await listed()).toEqual(before);
    });

    it('registers an agent as a target, refreshes it on the next heartbeat, and keeps it read-only', async () => {
      const first = await http().post('/api/v1/targets/heartbeat').set('authorization', `Bearer ${AGENT_TOKEN}`).send(beat('w-1')).expect(200);
      clock.advance(10_000);
      const second = await http()
        .post('/api/v1/targets/heartbeat')
        .set('authorization', `Bearer ${AGENT_TOKEN}`)
        .send({ ...beat('w-1'), version: '1.5.0', newerAgentField: true })
        .expect(200);
      expect(second.body).toEqual({ targetId: first.body.targetId, scrapeInterval: '15s' });
      const target = (await http().get(`/api/v1/targets/${first.body.targetId}`).expect(200)).body as ScrapeTarget;
      expect(target).toMatchObject({
        service: 'worker',
        instance: 'w-1',
        source: 'agent',
        url: 'http://127.0.0.1:4100/metrics',
        hasBearerToken: true,
        agent: {
          version: '1.5.0',
          pid: 4242,
          host: 'worker-host',
          controlUrl: 'http://127.0.0.1:4100/vigil',
          lastHeartbeatAt: clock.now().toISOString(),
        },
      });
      const put = await http().put(`/api/v1/targets/${target.id}`).send({ service: 'worker', url: 'http://127.0.0.1:4100/metrics' }).expect(409);
      expect((put.body as ErrorBody).message).toContain('registered by its agent');
    });

    it('refuses a heartbeat with a bad body, naming the field', async () => {
      const res = await http()
        .post('/api/v1/targets/heartbeat')
        .set('authorization', `Bearer ${AGENT_TOKEN}`)
        .send({ ...beat('w-2'), metricsUrl: 'not a url' })
        .expect(400);
      expect(problemsOf(res.body)?.map((p) => p.field)).toEqual(['metricsUrl']);
      expect((await listed()).some((t) => t.instance === 'w-2')).toBe(false);
    });
  });

  describe('scrape leases', () => {
    it('gives each due slot to one replica, keeps a target with its replica, and hands it over once the lease lapses', async () => {
      const repository = app.get(TargetRepository);
      clock.advance(60_000);
      const now = clock.now();
      const first = await repository.claimDue('replica-a', now, 1_000);
      const second = await repository.claimDue('replica-b', now, 1_000);
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual([]);

      // The next slot, while replica-a's lease (two intervals) holds: replica-b still gets nothing.
      const later = new Date(now.getTime() + 15_000);
      expect(await repository.claimDue('replica-b', later, 1_000)).toEqual([]);
      const again = await repository.claimDue('replica-a', later, 1_000);
      expect(again.map((t) => t.id).sort()).toEqual(first.filter((t) => t.scrapeIntervalMs === 15_000).map((t) => t.id).sort());

      // replica-a stops renewing: past its lease, replica-b takes its targets.
      const lapsed = new Date(later.getTime() + 2 * 15_000 + 1);
      const taken = await repository.claimDue('replica-b', lapsed, 1_000);
      expect(taken.map((t) => t.id).sort()).toEqual(again.map((t) => t.id).sort());
    });
  });
});
