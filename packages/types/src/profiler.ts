/**
 * The PerformanceProfiler contract: profiling sessions of the running API, their
 * artifacts and analyses, runtime statistics, leak detection and recommendations.
 * Routes are under `/api/v1/profiler`.
 */

export const PROFILE_TYPES = ['cpu', 'heap-snapshot', 'heap-sampling'] as const;
export type ProfileType = (typeof PROFILE_TYPES)[number];

export const PROFILING_STATUSES = ['running', 'completed', 'failed', 'cancelled'] as const;
export type ProfilingStatus = (typeof PROFILING_STATUSES)[number];

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

/** Body of `POST /api/v1/profiler/sessions`. */
export interface ProfilingSessionInput {
  type: ProfileType;
  /** Stops itself after this long; at most the instance's maximum. Not for heap snapshots. */
  durationMs?: number;
  /** CPU profiles only. */
  samplingIntervalUs?: number;
  /** Sampling heap profiles only: average bytes allocated between two samples. */
  samplingIntervalBytes?: number;
  label?: string;
}

export interface ProfileArtifact {
  fileName: string;
  contentType: string;
  bytes: number;
}

export interface ProfilingSession {
  id: string;
  type: ProfileType;
  status: ProfilingStatus;
  label: string | null;
  /** The API instance whose process is (or was) profiled. */
  instance: string;
  samplingIntervalUs: number | null;
  samplingIntervalBytes: number | null;
  /** When the session stops itself, counted from `startedAt` (0 for a heap snapshot). */
  plannedDurationMs: number;
  startedAt: string;
  stoppedAt: string | null;
  /** Measured once stopped; null while running. */
  durationMs: number | null;
  artifact: ProfileArtifact | null;
  /** Why a session failed or was cancelled. */
  reason: string | null;
}

/** Query of `GET /api/v1/profiler/sessions`. */
export interface ProfilingSessionQuery {
  limit?: number;
  offset?: number;
  type?: ProfileType;
  status?: ProfilingStatus;
  instance?: string;
}

/** Newest first. */
export interface ProfilingSessionPage {
  items: ProfilingSession[];
  total: number;
  limit: number;
  offset: number;
}

/** A function as a profile names it: `location` is `url:line` (1-based), empty for native code. */
export interface ProfileFrame {
  name: string;
  url: string;
  line: number | null;
  location: string;
}

export interface FunctionTime extends ProfileFrame {
  ms: number;
  /** Of the whole profile's time. */
  percent: number;
}

export interface CallPathTime {
  /** Outermost caller first. */
  frames: ProfileFrame[];
  /** Self time of the innermost frame on this path. */
  ms: number;
  percent: number;
}

export interface TimeShare {
  ms: number;
  percent: number;
}

/** How the profile's time divides between V8's special nodes and JavaScript. */
export interface CpuTimeBreakdown {
  totalMs: number;
  /** Everything but idle. */
  busyMs: number;
  gc: TimeShare;
  idle: TimeShare;
  program: TimeShare;
  javascript: TimeShare;
}

export interface CpuProfileAnalysis {
  kind: 'cpu';
  sessionId: string;
  sampleCount: number;
  breakdown: CpuTimeBreakdown;
  topSelf: FunctionTime[];
  topTotal: FunctionTime[];
  hotPaths: CallPathTime[];
}

export interface AllocationSite extends ProfileFrame {
  bytes: number;
  percent: number;
  samples: number;
}

export interface HeapProfileAnalysis {
  kind: 'heap-sampling';
  sessionId: string;
  /** Sampled bytes still live when the session stopped. */
  totalBytes: number;
  topSites: AllocationSite[];
}

/** Body of `GET /api/v1/profiler/sessions/:id/analysis`. */
export type ProfileAnalysis = CpuProfileAnalysis | HeapProfileAnalysis;

export interface DelayPercentiles {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  stddev: number;
}

export interface EventLoopStats {
  /** Milliseconds. */
  delayMs: DelayPercentiles;
  /** Share of the window the loop was busy, 0 to 1. */
  utilization: number;
  /** The span these figures cover: the last complete window, or since start before the first. */
  windowMs: number;
}

export const GC_KINDS = ['minor', 'major', 'incremental', 'weakcb'] as const;
export type GcKind = (typeof GC_KINDS)[number];

export interface GcStats {
  byKind: Record<GcKind, { count: number; pauseMs: number }>;
  count: number;
  pauseMs: number;
  /** Since the API started observing. */
  observedMs: number;
}

export interface HeapSpace {
  name: string;
  sizeBytes: number;
  usedBytes: number;
  availableBytes: number;
  physicalBytes: number;
}

export interface HeapStats {
  usedBytes: number;
  totalBytes: number;
  limitBytes: number;
  externalBytes: number;
  mallocedBytes: number;
  nativeContexts: number;
  /** Contexts kept alive after their owner was discarded: a classic leak. */
  detachedContexts: number;
  spaces: HeapSpace[];
}

export interface HeapSamplePoint {
  at: string;
  heapUsedBytes: number;
}

/** Least-squares trend of heap used after major GCs over a sliding window. */
export interface LeakReport {
  suspected: boolean;
  slopeBytesPerMinute: number;
  rSquared: number;
  thresholdBytesPerMinute: number;
  windowMs: number;
  /** Time between the first and the last point in the window. */
  spanMs: number;
  reason: string;
  evidence: HeapSamplePoint[];
}

/** Body of `GET /api/v1/profiler/runtime`. */
export interface RuntimeStats {
  instance: string;
  collectedAt: string;
  uptimeSeconds: number;
  memory: { rssBytes: number; heapUsedBytes: number; externalBytes: number; arrayBuffersBytes: number };
  eventLoop: EventLoopStats;
  gc: GcStats;
  heap: HeapStats;
  activeResources: { total: number; byType: Record<string, number> };
  leak: LeakReport;
}

export type RecommendationSeverity = 'info' | 'warning' | 'critical';

export interface Recommendation {
  rule: string;
  severity: RecommendationSeverity;
  title: string;
  advice: string;
  /** The figures that triggered the rule. */
  evidence: Record<string, number | string | boolean>;
}

/** Body of `GET /api/v1/profiler/recommendations`; most severe first. */
export interface RecommendationReport {
  instance: string;
  generatedAt: string;
  /** The profiles the rules looked at, besides the runtime statistics. */
  basedOn: { cpuSessionId: string | null; heapSamplingSessionId: string | null };
  items: Recommendation[];
}
