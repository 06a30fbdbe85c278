import type { AlertRuleQuery } from '@vigil/types';
import { histogramQuantile } from '../../metrics/history/histogram-quantile.js';
import type { WindowSeries } from '../../metrics/history/metric-window.reader.js';
import { valueOf } from '../../metrics/history/query-function.js';
import type { RollupRow } from '../../metrics/history/rollup-calculator.js';

/** One label set's values, one per bucket (oldest first), as a rule sees them. */
export interface CombinedSeries {
  labels: Record<string, string>;
  /** `[bucketStart, value]` */
  values: [number, number][];
}

const pick = (labels: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => labels[k] !== undefined).map((k) => [k, labels[k]!]));

const matches = (labels: Record<string, string>, matchers: Record<string, string>) =>
  Object.entries(matchers).every(([k, v]) => labels[k] === v);

/**
 * Reduces matched series to the label sets a rule alerts on. Without `by` each series
 * stands alone; with it, series sharing those labels combine as PromQL's `by` would:
 * `avg` pools their samples, `sum`/`count`/`increase`/`rate` add, `min`/`max` take the
 * extreme, `last` the highest, and percentiles merge histogram buckets before the
 * quantile. `ratioOf` divides the matching part by the whole; without `by` it groups
 * by every label except the ones it matches on.
 */
export function combineSeries(series: readonly WindowSeries[], query: AlertRuleQuery, bucketMs: number): CombinedSeries[] {
  if (query.by === undefined && !query.ratioOf) {
    return series.map((s) => ({ labels: s.labels, values: valuesOf(s.rows, query, bucketMs, s.bounds) }));
  }
  const ratioKeys = new Set(Object.keys(query.ratioOf ?? {}));
  const groups = new Map<string, { labels: Record<string, string>; members: WindowSeries[] }>();
  for (const s of series) {
    const keys = query.by ?? Object.keys(s.labels).filter((k) => !ratioKeys.has(k));
    const labels = pick(s.labels, keys);
    const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { labels, members: [] }));
    group.members.push(s);
  }
  return [...groups.values()].map(({ labels, members }) => {
    const whole = mergeByBucket(members, query.aggregation);
    const bounds = members.find((m) => m.bounds)?.bounds ?? null;
    if (!query.ratioOf) return { labels, values: valuesOf(whole, query, bucketMs, bounds) };
    const part = new Map(
      valuesOf(mergeByBucket(members.filter((m) => matches(m.labels, query.ratioOf!)), query.aggregation), query, bucketMs, bounds),
    );
    const values = valuesOf(whole, query, bucketMs, bounds).flatMap(([at, total]): [number, number][] =>
      total > 0 ? [[at, (part.get(at) ?? 0) / total]] : [],
    );
    return { labels, values };
  });
}

function valuesOf(rows: readonly RollupRow[], query: AlertRuleQuery, bucketMs: number, bounds: number[] | null): [number, number][] {
  return rows.flatMap((row): [number, number][] => {
    const value = valueOf(query.aggregation, withQuantiles(row, bounds), bucketMs);
    return value === null || !Number.isFinite(value) ? [] : [[row.bucketStart, value]];
  });
}

function withQuantiles(row: RollupRow, bounds: number[] | null): RollupRow {
  if (!row.buckets || !bounds || row.buckets.length !== bounds.length) return row;
  const total = row.increase ?? 0;
  return {
    ...row,
    p50: histogramQuantile(0.5, bounds, row.buckets, total),
    p95: histogramQuantile(0.95, bounds, row.buckets, total),
    p99: histogramQuantile(0.99, bounds, row.buckets, total),
  };
}

function mergeByBucket(members: readonly WindowSeries[], aggregation: AlertRuleQuery['aggregation']): RollupRow[] {
  const byStart = new Map<number, RollupRow>();
  for (const member of members) {
    for (const row of member.rows) {
      const into = byStart.get(row.bucketStart);
      byStart.set(row.bucketStart, into ? mergeRows(into, row, aggregation) : { ...row, buckets: row.buckets && [...row.buckets] });
    }
  }
  return [...byStart.values()].sort((a, b) => a.bucketStart - b.bucketStart);
}

function mergeRows(a: RollupRow, b: RollupRow, aggregation: AlertRuleQuery['aggregation']): RollupRow {
  const add = (x: number | null, y: number | null) => (x === null && y === null ? null : (x ?? 0) + (y ?? 0));
  const sameShape = a.buckets && b.buckets && a.buckets.length === b.buckets.length;
  return {
    bucketStart: a.bucketStart,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    sum: a.sum + b.sum,
    count: a.count + b.count,
    // Across series, `last` answers the highest latest value (the worst disk, the busiest core).
    last: aggregation === 'last' ? Math.max(a.last, b.last) : a.last + b.last,
    increase: add(a.increase, b.increase),
    buckets: sameShape ? a.buckets!.map((v, i) => v + (b.buckets![i] ?? 0)) : a.buckets,
    p50: null,
    p95: null,
    p99: null,
  };
}
