import type { CpuProfileAnalysis, HeapProfileAnalysis, RuntimeStats } from '@vigil/types';
import { recommend } from './recommendation.rules.js';

const MIB = 1024 * 1024;

function calmRuntime(): RuntimeStats {
  return {
    instance: 'api-1',
    collectedAt: '2026-01-01T00:00:00.000Z',
    uptimeSeconds: 600,
    memory: { rssBytes: 200 * MIB, heapUsedBytes: 80 * MIB, externalBytes: 0, arrayBuffersBytes: 0 },
    eventLoop: { delayMs: { min: 10, mean: 10.5, p50: 10.4, p90: 11, p99: 20, max: 40, stddev: 1 }, utilization: 0.2, windowMs: 60_000 },
    gc: {
      byKind: {
        minor: { count: 100, pauseMs: 200 },
        major: { count: 5, pauseMs: 100 },
        incremental: { count: 0, pauseMs: 0 },
        weakcb: { count: 0, pauseMs: 0 },
      },
      count: 105,
      pauseMs: 300,
      observedMs: 600_000,
    },
    heap: {
      usedBytes: 80 * MIB,
      totalBytes: 100 * MIB,
      limitBytes: 2_000 * MIB,
      externalBytes: 0,
      mallocedBytes: 0,
      nativeContexts: 1,
      detachedContexts: 0,
      spaces: [],
    },
    activeResources: { total: 3, byType: { TCPServerWrap: 1, Timeout: 2 } },
    leak: {
      suspected: false,
      slopeBytesPerMinute: 0,
      rSquared: 0,
      thresholdBytesPerMinute: MIB,
      windowMs: 1_800_000,
      spanMs: 0,
      reason: 'steady',
      evidence: [],
    },
  };
}

const frame = { name: 'renderReport', url: 'file:///srv/report.js', line: 12, location: 'file:///srv/report.js:12' };

function cpuProfile(selfMs: number, gcMs: number): CpuProfileAnalysis {
  return {
    kind: 'cpu',
    sessionId: 'cpu-1',
    sampleCount: 1_000,
    // 1000 ms in all, 200 of them idle: 800 ms busy.
    breakdown: {
      totalMs: 1_000,
      busyMs: 800,
      gc: { ms: gcMs, percent: gcMs / 10 },
      idle: { ms: 200, percent: 20 },
      program: { ms: 50, percent: 5 },
      javascript: { ms: 750 - gcMs, percent: (750 - gcMs) / 10 },
    },
    topSelf: [{ ...frame, ms: selfMs, percent: selfMs / 10 }],
    topTotal: [],
    hotPaths: [],
  };
}

const rulesOf = (items: { rule: string }[]) => items.map((item) => item.rule);

describe('recommend', () => {
  it('says nothing about a calm process with unremarkable profiles', () => {
    const heap: HeapProfileAnalysis = { kind: 'heap-sampling', sessionId: 'h', totalBytes: 100, topSites: [{ ...frame, bytes: 40, percent: 40, samples: 4 }] };
    expect(recommend({ runtime: calmRuntime(), cpu: cpuProfile(100, 40), heap })).toEqual([]);
  });

  it('flags event-loop delay, critical past 500 ms, with the figures', () => {
    const runtime = calmRuntime();
    runtime.eventLoop.delayMs.p99 = 150;
    expect(recommend({ runtime, cpu: null, heap: null })).toEqual([
      expect.objectContaining({ rule: 'event-loop-delay', severity: 'warning', evidence: expect.objectContaining({ p99Ms: 150, thresholdMs: 100 }) }),
    ]);
    runtime.eventLoop.delayMs.p99 = 600;
    expect(recommend({ runtime, cpu: null, heap: null })[0]?.severity).toBe('critical');
  });

  it('flags a heap near its limit and a suspected leak, most severe first', () => {
    const runtime = calmRuntime();
    runtime.heap.usedBytes = 1_960 * MIB;
    runtime.leak = { ...runtime.leak, suspected: true, slopeBytesPerMinute: 3 * MIB, rSquared: 0.97 };
    const items = recommend({ runtime, cpu: null, heap: null });
    expect(rulesOf(items)).toEqual(['heap-near-limit', 'heap-growth']);
    expect(items[0]).toMatchObject({ severity: 'critical', evidence: { share: 98 } });
    expect(items[1]).toMatchObject({ title: 'Heap after GC grows 3.00 MiB/min', evidence: { slopeBytesPerMinute: 3 * MIB } });
  });

  it('flags GC share and a dominating function from the latest CPU profile', () => {
    // GC 80 of 800 busy ms is 10%; renderReport 240 of 800 is 30%.
    const items = recommend({ runtime: calmRuntime(), cpu: cpuProfile(240, 80), heap: null });
    expect(rulesOf(items)).toEqual(['gc-share', 'hot-function']);
    expect(items[1]).toMatchObject({
      title: 'renderReport takes 30% of the busy time in the latest CPU profile',
      evidence: { function: 'renderReport', location: 'file:///srv/report.js:12', selfMs: 240, busyMs: 800 },
    });
  });

  it('flags long GC pauses only after a minute of observation', () => {
    const runtime = calmRuntime();
    runtime.gc = { ...runtime.gc, pauseMs: 3_000, observedMs: 50_000 };
    expect(recommend({ runtime, cpu: null, heap: null })).toEqual([]);
    runtime.gc = { ...runtime.gc, pauseMs: 3_000, observedMs: 60_000 };
    expect(rulesOf(recommend({ runtime, cpu: null, heap: null }))).toEqual(['gc-pauses']);
  });

  it('points at an allocation site holding most of the sampled memory', () => {
    const heap: HeapProfileAnalysis = { kind: 'heap-sampling', sessionId: 'h', totalBytes: 100, topSites: [{ ...frame, bytes: 60, percent: 60, samples: 6 }] };
    expect(recommend({ runtime: calmRuntime(), cpu: null, heap })).toEqual([
      expect.objectContaining({ rule: 'allocation-hotspot', severity: 'info', evidence: expect.objectContaining({ percent: 60 }) }),
    ]);
  });

  it('flags a saturated event loop and detached contexts', () => {
    const runtime = calmRuntime();
    runtime.eventLoop.utilization = 0.95;
    runtime.heap.detachedContexts = 2;
    expect(rulesOf(recommend({ runtime, cpu: null, heap: null }))).toEqual(['event-loop-saturated', 'detached-contexts']);
  });
});
