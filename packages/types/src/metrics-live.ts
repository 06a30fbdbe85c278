/** Live figures of one instance: `GET /api/v1/metrics/system` and `/metrics/slow-queries`. */
import { z } from 'zod';
import { GcKind } from './profiler.js';

export const CpuCoreUsage = z.object({
  /** Index in `os.cpus()` order. */
  core: z.number().int(),
  utilisationPercent: z.number(),
});
export type CpuCoreUsage = z.infer<typeof CpuCoreUsage>;

export const DiskUsage = z.object({
  /** The mount point holding a configured path (the path itself where mounts are unknown). */
  mount: z.string(),
  totalBytes: z.number(),
  usedBytes: z.number(),
  /** Space an unprivileged process may still write (`df`'s "Avail"). */
  freeBytes: z.number(),
  usedPercent: z.number(),
});
export type DiskUsage = z.infer<typeof DiskUsage>;

/** Byte counters since the interface came up, as in `/proc/net/dev`. */
export const NetworkInterfaceCounters = z.object({
  interface: z.string(),
  receiveBytes: z.number(),
  transmitBytes: z.number(),
});
export type NetworkInterfaceCounters = z.infer<typeof NetworkInterfaceCounters>;

export const GcPauseTotals = z.object({ count: z.number(), totalMs: z.number(), maxMs: z.number() });
export type GcPauseTotals = z.infer<typeof GcPauseTotals>;

export const ProcessFigures = z.object({
  /** Event-loop delay percentiles since the previous snapshot. */
  eventLoopDelayMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  /** Share of time the event loop was busy, 0–1, over the last window of at least one second. */
  eventLoopUtilisation: z.number(),
  heapUsedBytes: z.number(),
  heapTotalBytes: z.number(),
  rssBytes: z.number(),
  /** Pauses since the process started, by collector kind. */
  gc: z.record(GcKind, GcPauseTotals),
  uptimeSeconds: z.number(),
});
export type ProcessFigures = z.infer<typeof ProcessFigures>;

/** Body of `GET /api/v1/metrics/system`. Percentages are 0–100 with one decimal. */
export const SystemMetricsSnapshot = z.object({
  instanceId: z.string(),
  collectedAt: z.string(),
  cpu: z.object({
    /** Over the last window of at least one second (since boot on the first reading). */
    utilisationPercent: z.number(),
    cores: z.array(CpuCoreUsage),
  }),
  load: z.object({ one: z.number(), five: z.number(), fifteen: z.number() }),
  memory: z.object({ totalBytes: z.number(), usedBytes: z.number(), usedPercent: z.number() }),
  disks: z.array(DiskUsage),
  network: z.array(NetworkInterfaceCounters),
  uptimeSeconds: z.number(),
  process: ProcessFigures,
});
export type SystemMetricsSnapshot = z.infer<typeof SystemMetricsSnapshot>;

/** One normalised statement (literals and `$n` parameters shown as `?`). */
export const SlowQueryEntry = z.object({
  statement: z.string(),
  /** SELECT, INSERT, UPDATE, DELETE or OTHER. */
  operation: z.string(),
  /** Executions at or over the threshold; faster runs of the same statement are not counted. */
  count: z.number().int(),
  maxMs: z.number(),
  meanMs: z.number(),
  lastSeenAt: z.string(),
});
export type SlowQueryEntry = z.infer<typeof SlowQueryEntry>;

/** Body of `GET /api/v1/metrics/slow-queries`: slowest first. */
export const SlowQueryReport = z.object({
  thresholdMs: z.number(),
  /** How many statements the log keeps; a faster newcomer never displaces a slower entry. */
  capacity: z.number().int(),
  entries: z.array(SlowQueryEntry),
});
export type SlowQueryReport = z.infer<typeof SlowQueryReport>;

/** Label value of `vigil_http_requests_total` for requests that matched no route. */
export const UNMATCHED_ROUTE = '<unmatched>';
