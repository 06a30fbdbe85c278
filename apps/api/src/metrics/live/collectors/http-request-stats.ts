import type { ProvidedValues } from '../../../common/metrics/provided-metric.js';

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx', 'other'];

interface SeriesTally {
  labels: { method: string; route: string };
  /** Requests per status class, indexed like STATUS_CLASSES. */
  byStatusClass: number[];
  /** Observations per bucket, not cumulative; those above the last bound only count. */
  perBucket: number[];
  sum: number;
  count: number;
}

/** Index in STATUS_CLASSES: 200 → 1 ('2xx'); anything outside 100–599 → 'other'. */
export function statusClassIndex(statusCode: number): number {
  return statusCode >= 100 && statusCode < 600 ? Math.floor(statusCode / 100) - 1 : STATUS_CLASSES.length - 1;
}

/**
 * Request counts and a duration histogram per (method, route) in plain numbers: on the
 * request path a record is two map lookups and a few additions. A scrape turns them
 * into prom-client-shaped samples. Label values must already be bounded by the caller.
 */
export class HttpRequestStats {
  private readonly byRoute = new Map<string, Map<string, SeriesTally>>();

  constructor(private readonly bounds: readonly number[]) {}

  record(method: string, route: string, statusCode: number, seconds: number): void {
    let byMethod = this.byRoute.get(route);
    if (!byMethod) this.byRoute.set(route, (byMethod = new Map()));
    let tally = byMethod.get(method);
    if (!tally) {
      tally = {
        labels: { method, route },
        byStatusClass: STATUS_CLASSES.map(() => 0),
        perBucket: this.bounds.map(() => 0),
        sum: 0,
        count: 0,
      };
      byMethod.set(method, tally);
    }
    const statusClass = statusClassIndex(statusCode);
    tally.byStatusClass[statusClass] = (tally.byStatusClass[statusClass] ?? 0) + 1;
    tally.count++;
    tally.sum += seconds;
    // Prometheus buckets are "less than or equal": a value on a bound belongs to it.
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > (this.bounds[bucket] ?? Infinity)) bucket++;
    if (bucket < this.bounds.length) tally.perBucket[bucket] = (tally.perBucket[bucket] ?? 0) + 1;
  }

  requestSamples(): ProvidedValues {
    const samples: ProvidedValues = [];
    for (const tally of this.tallies()) {
      tally.byStatusClass.forEach((value, i) => {
        if (value > 0) samples.push({ labels: { ...tally.labels, status_class: STATUS_CLASSES[i] }, value });
      });
    }
    return samples;
  }

  durationSamples(name: string): ProvidedValues {
    const samples: ProvidedValues = [];
    for (const tally of this.tallies()) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += tally.perBucket[i] ?? 0;
        samples.push({ labels: { ...tally.labels, le: bound }, value: cumulative, metricName: `${name}_bucket` });
      });
      samples.push(
        { labels: { ...tally.labels, le: '+Inf' }, value: tally.count, metricName: `${name}_bucket` },
        { labels: tally.labels, value: tally.sum, metricName: `${name}_sum` },
        { labels: tally.labels, value: tally.count, metricName: `${name}_count` },
      );
    }
    return samples;
  }

  private *tallies(): Iterable<SeriesTally> {
    for (const byMethod of this.byRoute.values()) yield* byMethod.values();
  }
}
