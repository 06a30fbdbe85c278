import type {
  CpuProfileAnalysis,
  HeapProfileAnalysis,
  Recommendation,
  RecommendationSeverity,
  RuntimeStats,
} from '@vigil/types';

export interface RecommendationInput {
  runtime: RuntimeStats;
  cpu: CpuProfileAnalysis | null;
  heap: HeapProfileAnalysis | null;
}

/** Where each rule fires; the usual guidance for a Node.js service. */
export const THRESHOLDS = {
  eventLoopP99Ms: { warning: 100, critical: 500 },
  eventLoopUtilization: 0.9,
  heapUsedOfLimit: { warning: 0.85, critical: 0.95 },
  /** GC time over busy time in a CPU profile. */
  gcShareOfProfile: 0.1,
  /** GC pauses over wall time, once there is a minute of history to judge by. */
  gcPauseShare: 0.05,
  gcMinObservedMs: 60_000,
  /** One function's self time over busy time; profiles with less busy time say too little. */
  functionShareOfBusy: 0.3,
  minBusyMs: 50,
  allocationSiteShare: 50,
} as const;

type Rule = (input: RecommendationInput) => Recommendation | undefined;

const pct = (share: number) => Math.round(share * 1_000) / 10;
const MIB = 1024 * 1024;

const rules: Rule[] = [
  ({ runtime: { eventLoop } }) => {
    const p99 = eventLoop.delayMs.p99;
    if (p99 < THRESHOLDS.eventLoopP99Ms.warning) return undefined;
    return {
      rule: 'event-loop-delay',
      severity: p99 >= THRESHOLDS.eventLoopP99Ms.critical ? 'critical' : 'warning',
      title: `Event-loop delay p99 is ${p99} ms`,
      advice: 'Synchronous work holds the loop: take a CPU profile under load and move the hottest function off the request path (worker thread, streaming, smaller batches).',
      evidence: { p99Ms: p99, maxMs: eventLoop.delayMs.max, thresholdMs: THRESHOLDS.eventLoopP99Ms.warning, windowMs: eventLoop.windowMs },
    };
  },
  ({ runtime: { eventLoop } }) =>
    eventLoop.utilization < THRESHOLDS.eventLoopUtilization
      ? undefined
      : {
          rule: 'event-loop-saturated',
          severity: 'warning',
          title: `The event loop is busy ${pct(eventLoop.utilization)}% of the time`,
          advice: 'This instance is CPU-bound: add replicas, or profile and cut the work per request.',
          evidence: { utilization: eventLoop.utilization, threshold: THRESHOLDS.eventLoopUtilization, windowMs: eventLoop.windowMs },
        },
  ({ runtime: { heap } }) => {
    const share = heap.usedBytes / heap.limitBytes;
    if (share < THRESHOLDS.heapUsedOfLimit.warning) return undefined;
    return {
      rule: 'heap-near-limit',
      severity: share >= THRESHOLDS.heapUsedOfLimit.critical ? 'critical' : 'warning',
      title: `The heap is at ${pct(share)}% of its limit`,
      advice: 'The process is close to an out-of-memory crash: check the leak report, take a sampling heap profile, or raise --max-old-space-size with the container limit.',
      evidence: { usedBytes: heap.usedBytes, limitBytes: heap.limitBytes, share: pct(share) },
    };
  },
  ({ runtime: { leak } }) =>
    !leak.suspected
      ? undefined
      : {
          rule: 'heap-growth',
          severity: 'warning',
          title: `Heap after GC grows ${(leak.slopeBytesPerMinute / MIB).toFixed(2)} MiB/min`,
          advice: 'Looks like a leak: take a heap snapshot now and another later, and compare them in DevTools (Comparison view), or a sampling heap profile to see who allocates what stays.',
          evidence: { slopeBytesPerMinute: leak.slopeBytesPerMinute, rSquared: leak.rSquared, windowMs: leak.windowMs, points: leak.evidence.length },
        },
  ({ runtime: { heap } }) =>
    heap.detachedContexts === 0
      ? undefined
      : {
          rule: 'detached-contexts',
          severity: 'warning',
          title: `${heap.detachedContexts} detached V8 context(s) are still alive`,
          advice: 'A vm context or worker is kept reachable after use; find what retains it in a heap snapshot.',
          evidence: { detachedContexts: heap.detachedContexts, nativeContexts: heap.nativeContexts },
        },
  ({ runtime: { gc } }) => {
    const share = gc.observedMs > 0 ? gc.pauseMs / gc.observedMs : 0;
    if (gc.observedMs < THRESHOLDS.gcMinObservedMs || share < THRESHOLDS.gcPauseShare) return undefined;
    return {
      rule: 'gc-pauses',
      severity: 'warning',
      title: `GC pauses take ${pct(share)}% of the time`,
      advice: 'Allocation pressure is high: a sampling heap profile shows which functions allocate most.',
      evidence: { pauseMs: gc.pauseMs, observedMs: gc.observedMs, count: gc.count, threshold: THRESHOLDS.gcPauseShare },
    };
  },
  ({ cpu }) => {
    if (!cpu || cpu.breakdown.busyMs < THRESHOLDS.minBusyMs) return undefined;
    const share = cpu.breakdown.gc.ms / cpu.breakdown.busyMs;
    if (share < THRESHOLDS.gcShareOfProfile) return undefined;
    return {
      rule: 'gc-share',
      severity: 'warning',
      title: `Garbage collection takes ${pct(share)}% of the busy time in the latest CPU profile`,
      advice: 'Allocate less on hot paths (reuse buffers, avoid intermediate arrays and closures); a sampling heap profile names the allocating functions.',
      evidence: { sessionId: cpu.sessionId, gcMs: cpu.breakdown.gc.ms, busyMs: cpu.breakdown.busyMs, threshold: THRESHOLDS.gcShareOfProfile },
    };
  },
  ({ cpu }) => {
    const top = cpu?.topSelf[0];
    if (!cpu || !top || cpu.breakdown.busyMs < THRESHOLDS.minBusyMs) return undefined;
    const share = top.ms / cpu.breakdown.busyMs;
    if (share < THRESHOLDS.functionShareOfBusy) return undefined;
    return {
      rule: 'hot-function',
      severity: 'warning',
      title: `${top.name} takes ${pct(share)}% of the busy time in the latest CPU profile`,
      advice: `Optimise ${top.name}${top.location ? ` (${top.location})` : ''} first, cache its result, or move it off the event loop.`,
      evidence: { sessionId: cpu.sessionId, function: top.name, location: top.location, selfMs: top.ms, busyMs: cpu.breakdown.busyMs },
    };
  },
  ({ heap }) => {
    const top = heap?.topSites[0];
    if (!heap || !top || top.percent < THRESHOLDS.allocationSiteShare) return undefined;
    return {
      rule: 'allocation-hotspot',
      severity: 'info',
      title: `${top.name} holds ${top.percent}% of the sampled live memory`,
      advice: `Check what ${top.name}${top.location ? ` (${top.location})` : ''} keeps alive: caches without bounds and listeners never removed are the usual suspects.`,
      evidence: { sessionId: heap.sessionId, function: top.name, location: top.location, bytes: top.bytes, percent: top.percent },
    };
  },
];

const ORDER: Record<RecommendationSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Every rule that fires, most severe first. */
export function recommend(input: RecommendationInput): Recommendation[] {
  return rules
    .map((rule) => rule(input))
    .filter((item): item is Recommendation => item !== undefined)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
