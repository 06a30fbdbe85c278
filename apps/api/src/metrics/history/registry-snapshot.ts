import type { StoredMetricType } from '@vigil/types';
import type { MetricObjectWithValues, MetricValue, MetricValueWithName } from 'prom-client';

/** One series' value at a collection tick, ready to store. */
export interface SeriesSample {
  name: string;
  type: StoredMetricType;
  help: string;
  labels: Record<string, string>;
  value: number;
  /** Histograms: bucket upper bounds (+Inf excluded) and cumulative counts per bound. */
  bounds: number[] | null;
  buckets: number[] | null;
}

type Values = MetricObjectWithValues<MetricValue<string> | MetricValueWithName<string>>;

function stringLabels(labels: object, extra: Record<string, string>, omit?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (key !== omit && value !== undefined) out[key] = String(value);
  }
  return { ...out, ...extra };
}

const labelKey = (labels: Record<string, string>) =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Flattens prom-client's JSON view of a registry into stored series. A histogram
 * becomes one series (value = count, with its bucket counts) plus a `<name>_sum`
 * counter; summaries are skipped (their quantiles cannot be re-aggregated). Samples
 * that are not finite numbers are dropped. `extraLabels` (the instance) is added to all.
 */
export function flattenRegistry(
  metrics: readonly Values[],
  extraLabels: Record<string, string>,
  skipNames: ReadonlySet<string> = new Set(),
): SeriesSample[] {
  const samples: SeriesSample[] = [];
  for (const metric of metrics) {
    if (skipNames.has(metric.name)) continue;
    const type = String(metric.type);
    if (type === 'counter' || type === 'gauge') {
      for (const v of metric.values) {
        if (!Number.isFinite(v.value)) continue;
        samples.push({
          name: metric.name,
          type,
          help: metric.help,
          labels: stringLabels(v.labels, extraLabels),
          value: v.value,
          bounds: null,
          buckets: null,
        });
      }
    } else if (type === 'histogram') {
      samples.push(...flattenHistogram(metric, extraLabels));
    }
  }
  return samples;
}

function flattenHistogram(metric: Values, extraLabels: Record<string, string>): SeriesSample[] {
  const groups = new Map<string, { labels: Record<string, string>; bounds: number[]; counts: number[]; count: number; sum: number }>();
  const group = (labels: Record<string, string>) => {
    const key = labelKey(labels);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels, bounds: [], counts: [], count: 0, sum: 0 }));
    return g;
  };
  for (const v of metric.values) {
    const metricName = 'metricName' in v ? v.metricName : undefined;
    const labels = stringLabels(v.labels, extraLabels, 'le');
    if (metricName === `${metric.name}_bucket`) {
      const le = Number((v.labels as Record<string, unknown>).le);
      if (Number.isFinite(le)) {
        const g = group(labels);
        g.bounds.push(le);
        g.counts.push(v.value);
      }
    } else if (metricName === `${metric.name}_count`) {
      group(labels).count = v.value;
    } else if (metricName === `${metric.name}_sum`) {
      group(labels).sum = v.value;
    }
  }
  const out: SeriesSample[] = [];
  for (const g of groups.values()) {
    out.push(
      { name: metric.name, type: 'histogram', help: metric.help, labels: g.labels, value: g.count, bounds: g.bounds, buckets: g.counts },
      { name: `${metric.name}_sum`, type: 'counter', help: metric.help, labels: g.labels, value: g.sum, bounds: null, buckets: null },
    );
  }
  return out;
}

export { labelKey };
