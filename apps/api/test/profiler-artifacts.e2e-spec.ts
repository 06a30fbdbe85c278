import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {
  CpuProfileAnalysis,
  HeapProfileAnalysis,
  ProfilingSession,
  RecommendationReport,
} from '@vigil/types';
import request from 'supertest';
import { startTestApp } from './support/test-app.js';

/** Runs hot for `ms`; the CPU profile test looks for this name. */
function spinVigilProfilerBusyLoop(ms: number): number {
  let x = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (let i = 0; i < 10_000; i++) x += Math.sqrt(i * x + 1) % 7;
  }
  return x;
}

/** Allocates about 8 MB that stays reachable; the sampling heap profile test looks for this name. */
function allocateVigilRetainedBlocks(): number[][] {
  const blocks: number[][] = [];
  // A plain loop: allocations in a callback would be charged to the callback.
  for (let i = 0; i < 2_000; i++) blocks.push(new Array<number>(500).fill(i + 0.5));
  return blocks;
}

describe('/api/v1/profiler/sessions artifacts and analysis', () => {
  const instance = `profiler-artifacts-${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-profiler-'));
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startTestApp({ DATA_DIR: dataDir, INSTANCE_ID: instance });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('profiles the CPU: the artifact parses and the busy function tops the analysis', async () => {
    const started = await http().post('/api/v1/profiler/sessions').send({ type: 'cpu', label: 'busy' }).expect(201);
    const session = started.body as ProfilingSession;
    expect(session).toMatchObject({
      type: 'cpu',
      status: 'running',
      label: 'busy',
      instance,
      samplingIntervalUs: 1_000,
      plannedDurationMs: 300_000,
      stoppedAt: null,
      durationMs: null,
      artifact: null,
    });

    spinVigilProfilerBusyLoop(400);
    const stopped = (await http().post(`/api/v1/profiler/sessions/${session.id}/stop`).expect(200)).body as ProfilingSession;
    expect(stopped.status).toBe('completed');
    expect(stopped.durationMs).toBeGreaterThanOrEqual(400);
    expect(stopped.artifact).toMatchObject({ contentType: 'application/json', fileName: expect.stringMatching(/^cpu-\d{8}-\d{6}-[0-9a-f]{8}\.cpuprofile$/) });

    const download = await http().get(`/api/v1/profiler/sessions/${session.id}/artifact`).expect(200);
    expect(download.headers['content-type']).toMatch(/^application\/json/);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${stopped.artifact?.fileName}"`);
    expect(Number(download.headers['content-length'])).toBe(stopped.artifact?.bytes);
    const profile = JSON.parse(download.text) as Record<string, unknown>;
    for (const key of ['nodes', 'samples', 'timeDeltas', 'startTime', 'endTime']) expect(profile).toHaveProperty(key);

    const analysis = (await http().get(`/api/v1/profiler/sessions/${session.id}/analysis?top=5`).expect(200)).body as CpuProfileAnalysis;
    expect(analysis.kind).toBe('cpu');
    expect(analysis.topSelf).toHaveLength(5);
    expect(analysis.topSelf.map((f) => f.name)).toContain('spinVigilProfilerBusyLoop');
    const busy = analysis.topSelf.find((f) => f.name === 'spinVigilProfilerBusyLoop');
    expect(busy?.location).toMatch(/profiler-artifacts\.e2e-spec\.ts:\d+$/);
    expect(busy?.ms).toBeGreaterThan(200);
    expect(analysis.breakdown.totalMs).toBeGreaterThanOrEqual(busy?.ms ?? 0);

    const advice = (await http().get('/api/v1/profiler/recommendations').expect(200)).body as RecommendationReport;
    expect(advice.basedOn.cpuSessionId).toBe(session.id);
    expect(advice.items).toContainEqual(
      expect.objectContaining({ rule: 'hot-function', evidence: expect.objectContaining({ function: 'spinVigilProfilerBusyLoop' }) }),
    );
  });

  it('names the allocation site a sampling heap profile caught', async () => {
    const started = (
      await http().post('/api/v1/profiler/sessions').send({ type: 'heap-sampling', samplingIntervalBytes: 4_096 }).expect(201)
    ).body as ProfilingSession;
    expect(started.samplingIntervalBytes).toBe(4_096);
    const kept = allocateVigilRetainedBlocks();
    const stopped = (await http().post(`/api/v1/profiler/sessions/${started.id}/stop`).expect(200)).body as ProfilingSession;
    expect(stopped.artifact?.fileName).toMatch(/\.heapprofile$/);

    const download = await http().get(`/api/v1/profiler/sessions/${started.id}/artifact`).expect(200);
    expect(JSON.parse(download.text)).toHaveProperty('head.callFrame');
    const analysis = (await http().get(`/api/v1/profiler/sessions/${started.id}/analysis`).expect(200)).body as HeapProfileAnalysis;
    const site = analysis.topSites.find((s) => s.name === 'allocateVigilRetainedBlocks');
    expect(site?.bytes).toBeGreaterThan(1_000_000);
    expect(kept).toHaveLength(2_000);
  });
});
