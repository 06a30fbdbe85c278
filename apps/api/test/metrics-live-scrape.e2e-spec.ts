import { cpus } from 'node:os';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SlowQueryReport, SystemMetricsSnapshot } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseExposition } from './support/prometheus-text-parser.js';
import { startTestApp } from './support/test-app.js';

const PROMETHEUS_ACCEPT =
  'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,' +
  'text/plain;version=0.0.4;q=0.5,*/*;q=0.1';

/** Families every scrape must have: Vigil's own and the Node defaults docs/api.md points to. */
const EXPECTED_FAMILIES = [
  'vigil_system_cpu_utilisation_ratio',
  'vigil_system_cpu_core_utilisation_ratio',
  'vigil_system_load1',
  'vigil_system_memory_used_bytes',
  'vigil_system_disk_free_bytes',
  'vigil_system_uptime_seconds',
  'vigil_process_event_loop_utilisation_ratio',
  'vigil_http_requests_total',
  'vigil_http_request_duration_seconds',
  'vigil_http_requests_in_flight',
  'vigil_db_query_duration_seconds',
  'vigil_db_pool_connections',
  'vigil_cache_hits_total',
  'vigil_cache_command_duration_seconds',
  'vigil_process_cpu_user_seconds_total',
  'vigil_process_resident_memory_bytes',
  'vigil_nodejs_eventloop_lag_p99_seconds',
  'vigil_nodejs_gc_duration_seconds',
  'vigil_nodejs_heap_space_size_used_bytes',
  'vigil_nodejs_active_handles_total',
];

describe('GET /metrics', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ METRICS_SLOW_QUERY_MS: '0' });
    // Traffic on every instrumented path, so histograms have series to check.
    await request(app.getHttpServer()).get('/health/ready').expect(200);
    await request(app.getHttpServer()).get('/api/v1/config/ui.serviceName').expect(200);
  });
  afterAll(() => app.close());

  it('serves the Prometheus text format that a strict parser accepts, all prefixed vigil_', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const families = parseExposition(res.text);
    expect([...families.keys()]).toEqual(expect.arrayContaining(EXPECTED_FAMILIES));
    expect([...families.keys()].filter((name) => !name.startsWith('vigil_'))).toEqual([]);
    const durations = families.get('vigil_http_request_duration_seconds');
    expect(durations?.samples.some((s) => s.labels.route === '/api/v1/config/:key')).toBe(true);
    expect(families.get('vigil_db_query_duration_seconds')?.samples.length).toBeGreaterThan(0);
    expect(families.get('vigil_system_cpu_core_utilisation_ratio')?.samples).toHaveLength(cpus().length);
  });

  it('serves OpenMetrics, ending with # EOF, when Accept asks for it', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').set('accept', PROMETHEUS_ACCEPT).expect(200);
    expect(res.headers['content-type']).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
    expect(res.text.endsWith('\n# EOF\n')).toBe(true);
    const families = parseExposition(res.text, { openMetrics: true });
    expect(families.get('vigil_http_requests')?.type).toBe('counter');
    expect(families.has('vigil_http_requests_total')).toBe(false);
  });

  it('keeps both formats intact under concurrent scrapes with different Accept headers', async () => {
    const accepts = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? PROMETHEUS_ACCEPT : 'text/plain'));
    const pages = await Promise.all(
      accepts.map((accept) => request(app.getHttpServer()).get('/metrics').set('accept', accept).expect(200)),
    );
    pages.forEach((page, i) => {
      const isOpenMetrics = accepts[i] === PROMETHEUS_ACCEPT;
      expect(page.headers['content-type']).toContain(isOpenMetrics ? 'openmetrics' : 'text/plain');
      const families = parseExposition(page.text, { openMetrics: isOpenMetrics });
      expect(families.has(isOpenMetrics ? 'vigil_http_requests' : 'vigil_http_requests_total')).toBe(true);
    });
  });
});

describe('GET /api/v1/metrics/system and /slow-queries', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ METRICS_SLOW_QUERY_MS: '0', METRICS_SLOW_QUERY_TOP: '500' });
  });
  afterAll(() => app.close());

  it('reports host and process figures now', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/metrics/system').expect(200);
    const snapshot = res.body as SystemMetricsSnapshot;
    expect(Date.parse(snapshot.collectedAt)).not.toBeNaN();
    expect(snapshot.cpu.cores).toHaveLength(cpus().length);
    for (const value of [snapshot.cpu.utilisationPercent, snapshot.memory.usedPercent]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
    expect(snapshot.memory.usedBytes).toBeLessThanOrEqual(snapshot.memory.totalBytes);
    expect(snapshot.disks.map((d) => d.mount)).toContain('/');
    expect(snapshot.uptimeSeconds).toBeGreaterThan(0);
    expect(snapshot.process.heapUsedBytes).toBeLessThanOrEqual(snapshot.process.heapTotalBytes);
    expect(snapshot.process.rssBytes).toBeGreaterThan(0);
    expect(snapshot.process.eventLoopUtilisation).toBeGreaterThanOrEqual(0);
    expect(snapshot.process.eventLoopUtilisation).toBeLessThanOrEqual(1);
    expect(Object.keys(snapshot.process.gc).sort()).toEqual(['incremental', 'major', 'minor', 'weakcb']);
  });

  it('lists slow statements normalised, slowest first', async () => {
    const dataSource = app.get(DataSource);
    await dataSource.query(`SELECT 'e2e-marker' AS marker, 42 AS answer WHERE 1 = $1`, [1]);
    const res = await request(app.getHttpServer()).get('/api/v1/metrics/slow-queries').expect(200);
    const report = res.body as SlowQueryReport;
    expect(report).toMatchObject({ thresholdMs: 0, capacity: 500 });
    const entry = report.entries.find((e) => e.statement.includes('AS marker'));
    expect(entry).toMatchObject({ statement: 'SELECT ? AS marker, ? AS answer WHERE ? = ?', operation: 'SELECT', count: 1 });
    const maxima = report.entries.map((e) => e.maxMs);
    expect(maxima).toEqual([...maxima].sort((a, b) => b - a));
  });
});
