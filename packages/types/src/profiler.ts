/**
 * The PerformanceProfiler contract: profiling sessions of the running API, their
 * artifacts and analyses, runtime statistics, leak detection and recommendations.
 * Routes are under `/api/v1/profiler`.
 */
import { z } from 'zod';
import { intParam, text, Timestamp, withoutNul } from './fields.js';

export const PROFILE_TYPES = ['cpu', 'heap-snapshot', 'heap-sampling'] as const;
export const ProfileType = z.enum(PROFILE_TYPES);
export type ProfileType = z.infer<typeof ProfileType>;

export const PROFILING_STATUSES = ['running', 'completed', 'failed', 'cancelled'] as const;
export const ProfilingStatus = z.enum(PROFILING_STATUSES);
export type ProfilingStatus = z.infer<typeof ProfilingStatus>;

/** What V8 uses when a session does not say: 1 ms between CPU samples, 32 KiB between heap samples. */
export const PROFILER_DEFAULTS = {
  cpuSamplingIntervalUs: 1_000,
  heapSamplingIntervalBytes: 32_768,
} as const;

/** File extension of each artifact; every artifact is JSON. */
export const PROFILE_ARTIFACT_EXTENSIONS: Readonly<Record<ProfileType, string>> = {
  cpu: '.cpuprofile',
  'heap-snapshot': '.heapsnapshot',
  'heap-sampling': '.heapprofile',
};

/**
 * Body of `POST /api/v1/profiler/sessions`. Static bounds; the service also holds
 * `durationMs` to the instance's PROFILER_MAX_DURATION_MS.
 */
export const ProfilingSessionInput = z.strictObject({
  type: ProfileType,
  /** Stops itself after this long; at most the instance's maximum. Not for heap snapshots. */
  durationMs: z.number().int().min(1).max(3_600_000).optional(),
  /** CPU profiles only: microseconds between samples. */
  samplingIntervalUs: z.number().int().min(10).max(1_000_000).optional(),
  /** Sampling heap profiles only: average bytes allocated between two samples. */
  samplingIntervalBytes: z.number().int().min(128).max(16 * 1024 * 1024).optional(),
  label: text(120).optional(),
});
export type ProfilingSessionInput = z.input<typeof ProfilingSessionInput>;

/**
 * Body of the server's `POST /api/v1/profiler/sessions`: with `target` (a scrape target's
 * id) the session runs inside that service's process, through its agent; without, in
 * the API instance that takes the request. The agent itself takes ProfilingSessionInput.
 */
export const ProfilingSessionRequest = ProfilingSessionInput.extend({
  target: withoutNul(z.string()).max(128).optional(),
});
export type ProfilingSessionRequest = z.input<typeof ProfilingSessionRequest>;

export const ProfileArtifact = z.object({
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
});
export type ProfileArtifact = z.infer<typeof ProfileArtifact>;

/** A session as the process that runs it reports it: the API's own, or an agent's under its control prefix. */
export const ProcessProfilingSession = z.object({
  id: z.string(),
  type: ProfileType,
  status: ProfilingStatus,
  label: z.string().nullable(),
  /** The API instance whose process is (or was) profiled. */
  instance: z.string(),
  samplingIntervalUs: z.number().nullable(),
  samplingIntervalBytes: z.number().nullable(),
  /** When the session stops itself, counted from `startedAt` (0 for a heap snapshot). */
  plannedDurationMs: z.number(),
  startedAt: Timestamp,
  stoppedAt: Timestamp.nullable(),
  /** Measured once stopped; null while running. */
  durationMs: z.number().nullable(),
  artifact: ProfileArtifact.nullable(),
  /** Why a session failed or was cancelled. */
  reason: z.string().nullable(),
});
export type ProcessProfilingSession = z.infer<typeof ProcessProfilingSession>;

/** The watched service a remote session profiles. */
export const ProfilingTarget = z.object({
  id: z.string(),
  service: z.string(),
  instance: z.string(),
  /** The session's id in the agent's own list. */
  remoteSessionId: z.string(),
});
export type ProfilingTarget = z.infer<typeof ProfilingTarget>;

/**
 * A session as the server lists it. `instance` is the API instance that runs it, or for
 * a remote session drives it and keeps its artifact; `target` is null for the API's own.
 */
export const ProfilingSession = ProcessProfilingSession.extend({
  target: ProfilingTarget.nullable(),
});
export type ProfilingSession = z.infer<typeof ProfilingSession>;

/** Query of `GET /api/v1/profiler/sessions`. */
export const ProfilingSessionQuery = z.strictObject({
  limit: intParam({ min: 1, max: 100 }).optional(),
  offset: intParam({ min: 0 }).optional(),
  type: ProfileType.optional(),
  status: ProfilingStatus.optional(),
  instance: withoutNul(z.string()).max(128).optional(),
  /** Sessions of one scrape target. */
  target: withoutNul(z.string()).max(128).optional(),
});
export type ProfilingSessionQuery = z.output<typeof ProfilingSessionQuery>;

/** Query of `GET /api/v1/profiler/sessions/:id/analysis`: entries per list. */
export const ProfileAnalysisQuery = z.strictObject({ top: intParam({ min: 1, max: 100 }).optional() });
export type ProfileAnalysisQuery = z.output<typeof ProfileAnalysisQuery>;

/** `{ id }` of a session route; an id no session has is a 404, whatever its form. */
export const ProfilingSessionParams = z.object({ id: z.string().max(128) });

/** Newest first. */
export const ProfilingSessionPage = z.object({
  items: z.array(ProfilingSession),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ProfilingSessionPage = z.infer<typeof ProfilingSessionPage>;

/** A function as a profile names it: `location` is `url:line` (1-based), empty for native code. */
export const ProfileFrame = z.object({
  name: z.string(),
  url: z.string(),
  line: z.number().nullable(),
  location: z.string(),
});
export type ProfileFrame = z.infer<typeof ProfileFrame>;

export const FunctionTime = ProfileFrame.extend({
  ms: z.number(),
  /** Of the whole profile's time. */
  percent: z.number(),
});
export type FunctionTime = z.infer<typeof FunctionTime>;

export const CallPathTime = z.object({
  /** Outermost caller first. */
  frames: z.array(ProfileFrame),
  /** Self time of the innermost frame on this path. */
  ms: z.number(),
  percent: z.number(),
});
export type CallPathTime = z.infer<typeof CallPathTime>;

export const TimeShare = z.object({ ms: z.number(), percent: z.number() });
export type TimeShare = z.infer<typeof TimeShare>;

/** How the profile's time divides between V8's special nodes and JavaScript. */
export const CpuTimeBreakdown = z.object({
  totalMs: z.number(),
  /** Everything but idle. */
  busyMs: z.number(),
  gc: TimeShare,
  idle: TimeShare,
  program: TimeShare,
  javascript: TimeShare,
});
export type CpuTimeBreakdown = z.infer<typeof CpuTimeBreakdown>;

export const CpuProfileAnalysis = z.object({
  kind: z.literal('cpu'),
  sessionId: z.string(),
  sampleCount: z.number().int(),
  breakdown: CpuTimeBreakdown,
  topSelf: z.array(FunctionTime),
  topTotal: z.array(FunctionTime),
  hotPaths: z.array(CallPathTime),
});
export type CpuProfileAnalysis = z.infer<typeof CpuProfileAnalysis>;

export const AllocationSite = ProfileFrame.extend({
  bytes: z.number(),
  percent: z.number(),
  samples: z.number().int(),
});
export type AllocationSite = z.infer<typeof AllocationSite>;

export const HeapProfileAnalysis = z.object({
  kind: z.literal('heap-sampling'),
  sessionId: z.string(),
  /** Sampled bytes still live when the session stopped. */
  totalBytes: z.number(),
  topSites: z.array(AllocationSite),
});
export type HeapProfileAnalysis = z.infer<typeof HeapProfileAnalysis>;

/** Body of `GET /api/v1/profiler/sessions/:id/analysis`. */
export const ProfileAnalysis = z.discriminatedUnion('kind', [CpuProfileAnalysis, HeapProfileAnalysis]);
export type ProfileAnalysis = z.infer<typeof ProfileAnalysis>;

export const DelayPercentiles = z.object({
  min: z.number(),
  mean: z.number(),
  p50: z.number(),
  p90: z.number(),
  p99: z.number(),
  max: z.number(),
  stddev: z.number(),
});
export type DelayPercentiles = z.infer<typeof DelayPercentiles>;

export const EventLoopStats = z.object({
  /** Milliseconds. */
  delayMs: DelayPercentiles,
  /** Share of the window the loop was busy, 0 to 1. */
  utilization: z.number(),
  /** The span these figures cover: the last complete window, or since start before the first. */
  windowMs: z.number(),
});
export type EventLoopStats = z.infer<typeof EventLoopStats>;

export const GC_KINDS = ['minor', 'major', 'incremental', 'weakcb'] as const;
export const GcKind = z.enum(GC_KINDS);
export type GcKind = z.infer<typeof GcKind>;

export const GcStats = z.object({
  byKind: z.record(GcKind, z.object({ count: z.number(), pauseMs: z.number() })),
  count: z.number(),
  pauseMs: z.number(),
  /** Since the API started observing. */
  observedMs: z.number(),
});
export type GcStats = z.infer<typeof GcStats>;

export const HeapSpace = z.object({
  name: z.string(),
  sizeBytes: z.number(),
  usedBytes: z.number(),
  availableBytes: z.number(),
  physicalBytes: z.number(),
});
export type HeapSpace = z.infer<typeof HeapSpace>;

export const HeapStats = z.object({
  usedBytes: z.number(),
  totalBytes: z.number(),
  limitBytes: z.number(),
  externalBytes: z.number(),
  mallocedBytes: z.number(),
  nativeContexts: z.number(),
  /** Contexts kept alive after their owner was discarded: a classic leak. */
  detachedContexts: z.number(),
  spaces: z.array(HeapSpace),
});
export type HeapStats = z.infer<typeof HeapStats>;

export const HeapSamplePoint = z.object({ at: Timestamp, heapUsedBytes: z.number() });
export type HeapSamplePoint = z.infer<typeof HeapSamplePoint>;

/** Least-squares trend of heap used after major GCs over a sliding window. */
export const LeakReport = z.object({
  suspected: z.boolean(),
  slopeBytesPerMinute: z.number(),
  rSquared: z.number(),
  thresholdBytesPerMinute: z.number(),
  windowMs: z.number(),
  /** Time between the first and the last point in the window. */
  spanMs: z.number(),
  reason: z.string(),
  evidence: z.array(HeapSamplePoint),
});
export type LeakReport = z.infer<typeof LeakReport>;

/** Body of `GET /api/v1/profiler/runtime`. */
export const RuntimeStats = z.object({
  instance: z.string(),
  collectedAt: Timestamp,
  uptimeSeconds: z.number(),
  memory: z.object({ rssBytes: z.number(), heapUsedBytes: z.number(), externalBytes: z.number(), arrayBuffersBytes: z.number() }),
  eventLoop: EventLoopStats,
  gc: GcStats,
  heap: HeapStats,
  activeResources: z.object({ total: z.number(), byType: z.record(z.string(), z.number()) }),
  leak: LeakReport,
});
export type RuntimeStats = z.infer<typeof RuntimeStats>;

export const RECOMMENDATION_SEVERITIES = ['info', 'warning', 'critical'] as const;
export const RecommendationSeverity = z.enum(RECOMMENDATION_SEVERITIES);
export type RecommendationSeverity = z.infer<typeof RecommendationSeverity>;

export const Recommendation = z.object({
  rule: z.string(),
  severity: RecommendationSeverity,
  title: z.string(),
  advice: z.string(),
  /** The figures that triggered the rule. */
  evidence: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});
export type Recommendation = z.infer<typeof Recommendation>;

/** Body of `GET /api/v1/profiler/recommendations`; most severe first. */
export const RecommendationReport = z.object({
  instance: z.string(),
  generatedAt: Timestamp,
  /** The profiles the rules looked at, besides the runtime statistics. */
  basedOn: z.object({ cpuSessionId: z.string().nullable(), heapSamplingSessionId: z.string().nullable() }),
  items: z.array(Recommendation),
});
export type RecommendationReport = z.infer<typeof RecommendationReport>;
