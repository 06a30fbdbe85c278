import type { MetricPoint, MetricSeries } from '@vigil/types';

/** How several series of one metric fold into one line. */
export type Reduction = 'sum' | 'mean' | 'max';

/** Folds series point by point; a timestamp present in only some series folds what it has. */
export function combineSeries(series: readonly MetricSeries[], reduction: Reduction): MetricPoint[] {
  const byTime = new Map<number, number[]>();
  for (const { points } of series) {
    for (const [at, value] of points) {
      if (!Number.isFinite(value)) continue;
      const values = byTime.get(at);
      if (values) values.push(value);
      else byTime.set(at, [value]);
    }
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, values]) => [at, reduce(values, reduction)]);
}

function reduce(values: number[], reduction: Reduction): number {
  if (reduction === 'max') return Math.max(...values);
  const sum = values.reduce((total, value) => total + value, 0);
  return reduction === 'sum' ? sum : sum / values.length;
}

/** `numerator / denominator` at the timestamps both have; a zero denominator leaves the point out. */
export function divideSeries(numerator: readonly MetricPoint[], denominator: readonly MetricPoint[]): MetricPoint[] {
  const divisors = new Map(denominator);
  const result: MetricPoint[] = [];
  for (const [at, value] of numerator) {
    const divisor = divisors.get(at);
    if (divisor !== undefined && divisor !== 0) result.push([at, value / divisor]);
  }
  return result;
}

/** Like `divideSeries`, but a timestamp missing from the numerator counts as 0 (no errors then). */
export function shareOf(part: readonly MetricPoint[], whole: readonly MetricPoint[]): MetricPoint[] {
  const parts = new Map(part);
  return whole.filter(([, total]) => total !== 0).map(([at, total]) => [at, (parts.get(at) ?? 0) / total]);
}

export function scaleSeries(points: readonly MetricPoint[], factor: number): MetricPoint[] {
  return points.map(([at, value]) => [at, value * factor]);
}

export function latestValue(points: readonly MetricPoint[] | undefined): number | null {
  const last = points?.at(-1);
  return last ? last[1] : null;
}

/** Sums series that share the given label values (PromQL's `sum by (...)`). */
export function sumBy(series: readonly MetricSeries[], keys: readonly string[]): MetricSeries[] {
  const groups = new Map<string, { labels: Record<string, string>; members: MetricSeries[] }>();
  for (const item of series) {
    const labels = Object.fromEntries(keys.map((key) => [key, item.labels[key] ?? '']));
    const id = JSON.stringify(labels);
    const group = groups.get(id);
    if (group) group.members.push(item);
    else groups.set(id, { labels, members: [item] });
  }
  return [...groups.values()].map(({ labels, members }) => ({ labels, points: combineSeries(members, 'sum') }));
}

/** Names a series by the labels that tell it apart, e.g. `GET /api/v1/health`. */
export function seriesName(labels: Record<string, string>, keys: readonly string[], fallback = 'all'): string {
  const parts = keys.map((key) => labels[key]).filter((value): value is string => Boolean(value));
  return parts.length > 0 ? parts.join(' ') : fallback;
}

/** Divides each numerator series by the denominator with the same values of `keys` (used / size per mount). */
export function divideMatching(
  numerators: readonly MetricSeries[],
  denominators: readonly MetricSeries[],
  keys: readonly string[],
): MetricSeries[] {
  const idOf = (labels: Record<string, string>) => JSON.stringify(keys.map((key) => labels[key] ?? ''));
  const byId = new Map(denominators.map((series) => [idOf(series.labels), series.points]));
  return numerators.flatMap((series) => {
    const divisor = byId.get(idOf(series.labels));
    return divisor ? [{ labels: series.labels, points: divideSeries(series.points, divisor) }] : [];
  });
}
