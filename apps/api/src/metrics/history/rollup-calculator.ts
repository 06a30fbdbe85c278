import type { StoredMetricType } from '@vigil/types';
import { histogramQuantile } from './histogram-quantile.js';

/** One stored raw sample of a series. Histograms carry cumulative bucket counts. */
export interface RawPoint {
  ts: number;
  value: number;
  buckets: number[] | null;
}

/** One aggregate over a time bucket; the shape of a `metric_rollups` row. */
export interface RollupRow {
  bucketStart: number;
  min: number;
  max: number;
  sum: number;
  count: number;
  last: number;
  /** Counters and histograms: reset-aware increase within the bucket. */
  increase: number | null;
  /** Histograms: count increase per bound within the bucket (cumulative, like `le`). */
  buckets: number[] | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export interface SeriesShape {
  type: StoredMetricType;
  bounds: number[] | null;
}

/** Start of the `bucketMs` bucket holding `ts`, buckets aligned to the Unix epoch. */
export const floorTo = (ts: number, bucketMs: number) => Math.floor(ts / bucketMs) * bucketMs;

/**
 * Increase from `previous` to `current`. A value below its predecessor means the
 * process restarted and the counter began again from zero, so all of it is new.
 */
export function counterIncrease(previous: number, current: number): number {
  return current >= previous ? current - previous : current;
}

function bucketIncrease(previous: RawPoint, current: RawPoint): number[] | null {
  if (!current.buckets) return null;
  const isReset = current.value < previous.value;
  return current.buckets.map((count, i) =>
    isReset ? count : counterIncrease(previous.buckets?.[i] ?? 0, count),
  );
}

function addInto(target: number[] | null, addend: number[] | null): number[] | null {
  if (!addend) return target;
  if (!target) return [...addend];
  return target.map((v, i) => v + (addend[i] ?? 0));
}

function withPercentiles(row: RollupRow, shape: SeriesShape): RollupRow {
  if (shape.type !== 'histogram' || !row.buckets || !shape.bounds) return row;
  const total = row.increase ?? 0;
  return {
    ...row,
    p50: histogramQuantile(0.5, shape.bounds, row.buckets, total),
    p95: histogramQuantile(0.95, shape.bounds, row.buckets, total),
    p99: histogramQuantile(0.99, shape.bounds, row.buckets, total),
  };
}

/**
 * Aggregates raw samples (ordered by time) into buckets of `bucketMs`. `previous` is
 * the last sample before the first one, so the first bucket's increase is complete.
 */
export function rollupRaw(
  points: readonly RawPoint[],
  previous: RawPoint | undefined,
  bucketMs: number,
  shape: SeriesShape,
): RollupRow[] {
  const isCumulative = shape.type !== 'gauge';
  const rows = new Map<number, RollupRow>();
  let before = previous;
  for (const point of points) {
    const start = floorTo(point.ts, bucketMs);
    const increase = isCumulative && before ? counterIncrease(before.value, point.value) : 0;
    const buckets =
      shape.type === 'histogram' ? (before ? bucketIncrease(before, point) : point.buckets?.map(() => 0) ?? null) : null;
    const row = rows.get(start);
    if (!row) {
      rows.set(start, {
        bucketStart: start,
        min: point.value,
        max: point.value,
        sum: point.value,
        count: 1,
        last: point.value,
        increase: isCumulative ? increase : null,
        buckets,
        p50: null,
        p95: null,
        p99: null,
      });
    } else {
      row.min = Math.min(row.min, point.value);
      row.max = Math.max(row.max, point.value);
      row.sum += point.value;
      row.count += 1;
      row.last = point.value;
      if (isCumulative) row.increase = (row.increase ?? 0) + increase;
      row.buckets = addInto(row.buckets, buckets);
    }
    before = point;
  }
  return [...rows.values()].map((row) => withPercentiles(row, shape));
}

/** Combines finer rollups (ordered by time) into buckets of `bucketMs`. */
export function mergeRollups(rows: readonly RollupRow[], bucketMs: number, shape: SeriesShape): RollupRow[] {
  const merged = new Map<number, RollupRow>();
  for (const row of rows) {
    const start = floorTo(row.bucketStart, bucketMs);
    const target = merged.get(start);
    if (!target) {
      merged.set(start, { ...row, bucketStart: start, buckets: row.buckets ? [...row.buckets] : null });
      continue;
    }
    target.min = Math.min(target.min, row.min);
    target.max = Math.max(target.max, row.max);
    target.sum += row.sum;
    target.count += row.count;
    target.last = row.last;
    target.increase = row.increase === null ? target.increase : (target.increase ?? 0) + row.increase;
    target.buckets = addInto(target.buckets, row.buckets);
  }
  return [...merged.values()].map((row) => withPercentiles(row, shape));
}
