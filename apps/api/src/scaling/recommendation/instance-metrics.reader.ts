import { Inject, Injectable } from '@nestjs/common';
import { parseDuration, TARGET_DEFAULTS, VIGIL_SERVICE, type ScalingInstance, type ServiceScalingMetric } from '@vigil/types';
import { combineSeries } from '../../alerts/evaluation/series-combiner.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricWindowReader, type WindowSelector } from '../../metrics/history/metric-window.reader.js';
import { scopedMatchers, scopeOf } from './service-scope.js';


/** Scraped services are sampled at their scrape interval (the default one: a policy does not know each target's). */
const SCRAPE_INTERVAL_MS = parseDuration(TARGET_DEFAULTS.scrapeInterval) ?? 15_000;

export interface InstanceReadings {
  /** Instances that stored samples in the last collection intervals, by name. */
  instances: string[];
  /** Per metric name, each instance with its value over the metric's window (absent: a missing metric). */
  metrics: Map<string, ScalingInstance[]>;
}

/** What to read: a name and a stored source, as a policy metric has. */
export type InstanceMetric = Pick<ServiceScalingMetric, 'name' | 'source'>;

/**
 * A service's instances (see ServiceScope) and their per-instance values for each metric (of its policy, or of the balance view), from stored samples:
 * the metric's aggregation over its window, per `instance`, as an alert rule reads it.
 */
@Injectable()
export class InstanceMetricsReader {
  constructor(
    private readonly windows: MetricWindowReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(service: string, metrics: readonly InstanceMetric[], now: number): Promise<InstanceReadings> {
    const scope = scopeOf(service);
    // Two collection (or scrape) intervals: one late sample does not make an instance vanish.
    const presenceMs = 2 * Math.max(this.config.history.collectIntervalMs, service === VIGIL_SERVICE ? 0 : SCRAPE_INTERVAL_MS);
    const selectors: WindowSelector[] = [
      { metric: scope.presenceMetric, matchers: scope.matchers, bucketMs: presenceMs, buckets: 1 },
      ...metrics.map((m) => ({ metric: m.source.metric, matchers: scopedMatchers(m.source.matchers, scope), bucketMs: windowMs(m), buckets: 1 })),
    ];
    const [presence, ...results] = await this.windows.read(selectors, now, this.config.history.maxQuerySeries);
    const instances = [...new Set(presence!.series.filter((s) => s.rows.length > 0).map((s) => s.labels.instance).filter((i) => i !== undefined))].sort();

    const readings = new Map<string, ScalingInstance[]>();
    metrics.forEach((metric, index) => {
      const bucketMs = windowMs(metric);
      const lastBucket = now + 1 - bucketMs;
      const query = { ...metric.source, matchers: scopedMatchers(metric.source.matchers, scope), by: ['instance'] };
      const values = new Map<string, number>();
      for (const series of combineSeries(results[index]!.series, query, bucketMs)) {
        const value = series.values.find(([at]) => at === lastBucket)?.[1];
        if (series.labels.instance !== undefined && value !== undefined) values.set(series.labels.instance, value);
      }
      // An instance that serves is ready; one without a value has a missing metric, as the HPA reads it.
      readings.set(metric.name, instances.map((name) => ({ name, value: values.get(name), ready: true })));
    });
    return { instances, metrics: readings };
  }
}

const windowMs = (metric: InstanceMetric) => parseDuration(metric.source.window) ?? 60_000;
