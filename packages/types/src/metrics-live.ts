/** Live figures of one instance: `GET /api/v1/metrics/system` and `/metrics/slow-queries`. */

import type { GcKind } from './profiler.js';

export interface CpuCoreUsage {
  /** Index in `os.cpus()` order. */
  core: number;
  utilisationPercent: number;
}

export interface DiskUsage {
  /** The mount point holding a configured path (the path itself where mounts are unknown). */
  mount: string;
  totalBytes: number;
  usedBytes: number;
  /** Space an unprivileged process may still write (`df`'s "Avail"). */
  freeBytes: number;
  usedPercent: number;
}

/** Byte counters since the interface came up, as in `/proc/net/dev`. */
export interface NetworkInterfaceCounters {
  interface: string;
  receiveBytes: number;
  transmitBytes: number;
}

export interface GcPauseTotals {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface ProcessFigures {
  /** Event-loop delay percentiles since the previous snapshot. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** Share of time the event loop was busy, 0–1, over the last window of at least one second. */
  eventLoopUtilisation: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  rssBytes: number;
  /** Pauses since the process started, by collector kind. */
  gc: Record<GcKind, GcPauseTotals>;
  uptimeSeconds: number;
}

/** Body of `GET /api/v1/metrics/system`. Percentages are 0–100 with one decimal. */
export interface SystemMetricsSnapshot {
  instanceId: string;
  collectedAt: string;
  cpu: {
    /** Over the last window of at least one second (since boot on the first reading). */
    utilisationPercent: number;
    cores: CpuCoreUsage[];
  };
  load: { one: number; five: number; fifteen: number };
  memory: { totalBytes: number; usedBytes: number; usedPercent: number };
  disks: DiskUsage[];
  network: NetworkInterfaceCounters[];
  uptimeSeconds: number;
  process: ProcessFigures;
}

/** One normalised statement (literals and `$n` parameters shown as `?`). */
export interface SlowQueryEntry {
  statement: string;
  /** SELECT, INSERT, UPDATE, DELETE or OTHER. */
  operation: string;
  /** Executions at or over the threshold; faster runs of the same statement are not counted. */
  count: number;
  maxMs: number;
  meanMs: number;
  lastSeenAt: string;
}

/** Body of `GET /api/v1/metrics/slow-queries`: slowest first. */
export interface SlowQueryReport {
  thresholdMs: number;
  /** How many statements the log keeps; a faster newcomer never displaces a slower entry. */
  capacity: number;
  entries: SlowQueryEntry[];
}

/** Label value of `vigil_http_requests_total` for requests that matched no route. */
export const UNMATCHED_ROUTE = '<unmatched>';
