import { Inject, Injectable } from '@nestjs/common';
import { parseDuration, type ScalingInstance, type ServiceScalingMetric } from '@vigil/types';
import { combineSeries } from '../../alerts/evaluation/series-combiner.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricWindowReader, type WindowSelector } from '../../metrics/history/metric-window.reader.js';

/** Every instrumented process stores this gauge each collection: its presence says the instance is up. */
export const PRESENCE_METRIC = 'vigil_process_start_time_seconds';

export interface InstanceReadings {
  /** Instances that stored samples in the last collection intervals, by name. */
  instances: string[];
  /** Per metric name, each instance with its value over the metric's window (absent: a missing metric). */
  metrics: Map<string, ScalingInstance[]>;
}

/** What to read: a name and a stored source, as a policy metric has. */
export type InstanceMetric = Pick<ServiceScalingMetric, 'name' | 'source'>;

/**
 * A service's per-instance values for each metric (of its policy, or of the balance view), from stored samples:
 * the metric's aggregation over its window, per `instance`, as an alert rule reads it.
 */
@Injectable()
export class InstanceMetricsReader {
  constructor(
    private readonly windows: MetricWindowReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(metrics: readonly InstanceMetric[], now: number): Promise<InstanceReadings> {
    // Two collection intervals: one late collection does not make an instance vanish.
    const presenceMs = 2 * this.config.history.collectIntervalMs;
    const selectors: WindowSelector[] = [
      { metric: PRESENCE_METRIC, matchers: {}, bucketMs: presenceMs, buckets: 1 },
      ...metrics.map((m) => ({ metric: m.source.metric, matchers: m.source.matchers, bucketMs: windowMs(m), buckets: 1 })),
    ];
    const [presence, ...results] = await this.windows.read(selectors, now, this.config.history.maxQuerySeries);
    const instances = [...new Set(presence!.series.filter((s) => s.rows.length > 0).map((s) => s.labels.instance).filter((i) => i !== undefined))].sort();

    const readings = new Map<string, ScalingInstance[]>();
    metrics.forEach((metric, index) => {
      const bucketMs = windowMs(metric);
      const lastBucket = now + 1 - bucketMs;
      const query = { ...metric.source, by: ['instance'] };
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
