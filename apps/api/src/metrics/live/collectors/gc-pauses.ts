import { constants } from 'node:perf_hooks';
import type { GcKind, GcPauseTotals } from '@vigil/types';

const KIND_BY_FLAG = new Map<number, GcKind>([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
]);

/** The collector kind of a `gc` performance entry's `detail.kind`; undefined for a flag V8 adds later. */
export function gcKindOf(flag: number): GcKind | undefined {
  return KIND_BY_FLAG.get(flag);
}

/** Count, total and longest pause per GC kind since the tally started. */
export class GcPauseTally {
  private readonly totals: Record<GcKind, GcPauseTotals> = {
    minor: { count: 0, totalMs: 0, maxMs: 0 },
    major: { count: 0, totalMs: 0, maxMs: 0 },
    incremental: { count: 0, totalMs: 0, maxMs: 0 },
    weakcb: { count: 0, totalMs: 0, maxMs: 0 },
  };

  record(kind: GcKind, durationMs: number): void {
    const totals = this.totals[kind];
    totals.count++;
    totals.totalMs += durationMs;
    totals.maxMs = Math.max(totals.maxMs, durationMs);
  }

  snapshot(): Record<GcKind, GcPauseTotals> {
    const copy = (t: GcPauseTotals) => ({ ...t, totalMs: Math.round(t.totalMs * 1_000) / 1_000 });
    return {
      minor: copy(this.totals.minor),
      major: copy(this.totals.major),
      incremental: copy(this.totals.incremental),
      weakcb: copy(this.totals.weakcb),
    };
  }
}
