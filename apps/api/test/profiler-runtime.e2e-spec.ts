import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RecommendationReport, RuntimeStats } from '@vigil/types';
import { register } from 'prom-client';
import request from 'supertest';
import { ManualClock } from '../src/common/clock.js';
import { LeakMonitor } from '../src/profiler/leak/leak.monitor.js';
import { startTestApp } from './support/test-app.js';

const MIB = 1024 * 1024;

describe('/api/v1/profiler runtime and recommendations', () => {
  const instance = `profiler-runtime-${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-profiler-'));
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  let app: NestFastifyApplication;
  const runtime = async () => (await request(app.getHttpServer()).get('/api/v1/profiler/runtime').expect(200)).body as RuntimeStats;

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir, INSTANCE_ID: instance, PROFILER_LEAK_WINDOW_MINUTES: '30' }, { clock });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports the event loop, GC, heap, active resources and uptime of this process', async () => {
    // Short-lived garbage makes the young generation collect.
    let sink = 0;
    for (let i = 0; i < 200; i++) sink += Array.from({ length: 10_000 }, (_, j) => ({ j })).length;
    expect(sink).toBe(2_000_000);
    let stats = await runtime();
    for (let tries = 0; stats.gc.byKind.minor.count === 0 && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      stats = await runtime();
    }

    expect(stats.instance).toBe(instance);
    expect(stats.collectedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(stats.uptimeSeconds).toBeGreaterThan(0);
    expect(stats.gc.byKind.minor.count).toBeGreaterThan(0);
    expect(stats.gc.pauseMs).toBeGreaterThan(0);
    expect(stats.gc.count).toBe(Object.values(stats.gc.byKind).reduce((sum, k) => sum + k.count, 0));
    expect(stats.heap.usedBytes).toBeGreaterThan(0);
    expect(stats.heap.limitBytes).toBeGreaterThan(stats.heap.usedBytes);
    expect(stats.heap.spaces.map((s) => s.name)).toEqual(expect.arrayContaining(['old_space', 'new_space']));
    expect(stats.activeResources.total).toBe(Object.values(stats.activeResources.byType).reduce((a, b) => a + b, 0));
    expect(stats.eventLoop.delayMs.p99).toBeGreaterThanOrEqual(stats.eventLoop.delayMs.p50);
    expect(stats.eventLoop.utilization).toBeGreaterThanOrEqual(0);
    expect(stats.eventLoop.utilization).toBeLessThanOrEqual(1);
    expect(stats.leak).toMatchObject({ suspected: false, thresholdBytesPerMinute: MIB, windowMs: 30 * 60_000 });
  });

  it('suspects a leak when heap after GC climbs for half an hour, in runtime, advice and gauges', async () => {
    const monitor = app.get(LeakMonitor);
    const base = getHeapStatistics().used_heap_size;
    // 10 MiB/min: a real collection landing between two of these stays an outlier.
    for (let minute = 0; minute < 30; minute++) {
      monitor.afterMajorGc(base + minute * 10 * MIB);
      clock.advance(60_000);
    }

    const { leak } = await runtime();
    expect(leak.suspected).toBe(true);
    expect(leak.slopeBytesPerMinute).toBeGreaterThan(5 * MIB);
    expect(leak.evidence.length).toBeGreaterThanOrEqual(29);

    const advice = (await request(app.getHttpServer()).get('/api/v1/profiler/recommendations').expect(200)).body as RecommendationReport;
    expect(advice).toMatchObject({ instance, basedOn: { cpuSessionId: null, heapSamplingSessionId: null } });
    expect(advice.items).toContainEqual(
      expect.objectContaining({ rule: 'heap-growth', evidence: expect.objectContaining({ slopeBytesPerMinute: leak.slopeBytesPerMinute }) }),
    );

    const gauges = await register.metrics();
    expect(gauges).toContain(`vigil_heap_growth_bytes_per_minute ${leak.slopeBytesPerMinute}`);
    expect(gauges).toContain('vigil_heap_leak_suspected 1');
  });

  it('lets the suspicion go once the heap levels off for a full window', async () => {
    const monitor = app.get(LeakMonitor);
    const level = getHeapStatistics().used_heap_size + 400 * MIB;
    for (let minute = 0; minute < 31; minute++) {
      monitor.afterMajorGc(level);
      clock.advance(60_000);
    }
    const { leak } = await runtime();
    expect(leak.suspected).toBe(false);
    expect(await register.metrics()).toContain('vigil_heap_leak_suspected 0');
  });
});
