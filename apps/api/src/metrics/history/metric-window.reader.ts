import { Inject, Injectable } from '@nestjs/common';
import type { StoredMetricType } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricWindowRepository } from './metric-window.repository.js';
import { rollupRaw, type RawPoint, type RollupRow } from './rollup-calculator.js';

/** Which series, and how far back: `buckets` buckets of `bucketMs`, the last one ending now. */
export interface WindowSelector {
  metric: string;
  matchers: Record<string, string>;
  bucketMs: number;
  buckets: number;
}

export interface WindowSeries {
  labels: Record<string, string>;
  type: StoredMetricType;
  bounds: number[] | null;
  /** Oldest first; `bucketStart` is absolute. Buckets without samples are absent. */
  rows: RollupRow[];
}

export interface WindowResult {
  series: WindowSeries[];
  /** More series matched than the limit; the first ones (by id) are returned. */
  isTruncated: boolean;
}

/**
 * Recent stored samples reduced to aggregates over windows that end now, for many
 * selectors at once (alert evaluation). Windows are anchored at `now` rather than at
 * the epoch, so a 1m window is the last minute and not the current clock minute.
 */
@Injectable()
export class MetricWindowReader {
  constructor(
    private readonly repository: MetricWindowRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(selectors: readonly WindowSelector[], now: number, maxSeriesPerSelector: number): Promise<WindowResult[]> {
    const matched = await this.repository.findSeriesForSelectors(
      selectors.map((s) => ({ name: s.metric, matchers: s.matchers })),
      maxSeriesPerSelector,
    );
    // A point before each window's start gives counters and histograms their first increase.
    const lookbackMs = 3 * this.config.history.collectIntervalMs;
    const since = new Map<number, number>();
    for (const series of matched) {
      const selector = selectors[series.selector]!;
      const from = now - selector.bucketMs * selector.buckets - lookbackMs;
      since.set(series.id, Math.min(since.get(series.id) ?? Infinity, from));
    }
    const samples = await this.repository.findSamplesSince(since, now);
    const results: WindowResult[] = selectors.map(() => ({ series: [], isTruncated: false }));
    for (const series of matched) {
      const selector = selectors[series.selector]!;
      const result = results[series.selector]!;
      if (result.series.length >= maxSeriesPerSelector) {
        result.isTruncated = true;
        continue;
      }
      const start = now - selector.bucketMs * selector.buckets;
      const points = samples.get(series.id) ?? [];
      result.series.push({
        labels: series.labels,
        type: series.type,
        bounds: series.bounds,
        rows: bucketsEndingAt(points, start, now, selector.bucketMs, series),
      });
    }
    return results;
  }
}

/**
 * Buckets (start, now] into `bucketMs` slices ending at `now`: timestamps are shifted so
 * that `now` is the last millisecond of a bucket, rolled up, then shifted back.
 */
function bucketsEndingAt(
  points: readonly RawPoint[],
  start: number,
  now: number,
  bucketMs: number,
  shape: { type: StoredMetricType; bounds: number[] | null },
): RollupRow[] {
  const shift = now + 1;
  const rebase = (p: RawPoint): RawPoint => ({ ...p, ts: p.ts - shift });
  let previous: RawPoint | undefined;
  const inWindow: RawPoint[] = [];
  for (const point of points) {
    if (point.ts <= start) previous = point;
    else inWindow.push(rebase(point));
  }
  return rollupRaw(inWindow, previous && rebase(previous), bucketMs, shape).map((row) => ({
    ...row,
    bucketStart: row.bucketStart + shift,
  }));
}
