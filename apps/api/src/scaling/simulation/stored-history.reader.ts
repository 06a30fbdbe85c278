import { Inject, Injectable } from '@nestjs/common';
import { formatDuration, type ServiceScalingMetric } from '@vigil/types';
import { combineSeries } from '../../alerts/evaluation/series-combiner.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricHistoryRepository } from '../../metrics/history/metric-history.repository.js';
import { MetricQueryService } from '../../metrics/history/metric-query.service.js';
import { floorTo } from '../../metrics/history/rollup-calculator.js';
import { scopedMatchers, scopeOf } from '../recommendation/service-scope.js';

/** A service's stored history, one bucket per replay step. */
export interface StoredHistory {
  resolution: string;
  /** Bucket starts, oldest first. */
  steps: number[];
  /** Per step, the instances that reported in it. */
  instances: string[][];
  /** Per policy metric name, per step, each reporting instance's value. */
  values: Map<string, Map<string, number>[]>;
}

export interface HistoryRange {
  from: number;
  to: number;
  stepMs: number;
}

/**
 * Reads what a replay needs over a range in one query per metric: each metric combined
 * per instance over each step's bucket, from the coarsest stored resolution that
 * serves the step. A range whose oldest part is kept only at a coarser resolution than
 * the step is refused, naming the step it would need.
 */
@Injectable()
export class StoredHistoryReader {
  constructor(
    private readonly series: MetricHistoryRepository,
    private readonly query: MetricQueryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(service: string, metrics: readonly ServiceScalingMetric[], range: HistoryRange, now: number): Promise<StoredHistory> {
    const scope = scopeOf(service);
    const steps: number[] = [];
    for (let at = floorTo(range.from, range.stepMs); at < range.to; at += range.stepMs) steps.push(at);
    const index = new Map(steps.map((at, i) => [at, i]));

    const presence = await this.combined(scope.presenceMetric, scope.matchers, { aggregation: 'count', matchers: scope.matchers }, range, now);
    const instances = steps.map(() => [] as string[]);
    for (const [instance, byStep] of presence.values) {
      for (const at of byStep.keys()) instances[index.get(at) ?? -1]?.push(instance);
    }
    for (const list of instances) list.sort();

    const values = new Map<string, Map<string, number>[]>();
    for (const metric of metrics) {
      const matchers = scopedMatchers(metric.source.matchers, scope);
      const { values: perInstance } = await this.combined(metric.source.metric, matchers, { ...metric.source, matchers }, range, now);
      const byStep = steps.map(() => new Map<string, number>());
      for (const [instance, points] of perInstance) {
        for (const [at, value] of points) byStep[index.get(at) ?? -1]?.set(instance, value);
      }
      values.set(metric.name, byStep);
    }
    return { resolution: presence.resolution, steps, instances, values };
  }

  /** One metric, per instance, per step bucket. */
  private async combined(
    name: string,
    matchers: Record<string, string>,
    source: Pick<ServiceScalingMetric['source'], 'aggregation' | 'matchers' | 'ratioOf'>,
    range: HistoryRange,
    now: number,
  ): Promise<{ resolution: string; values: Map<string, Map<number, number>> }> {
    const cap = this.config.history.maxQuerySeries;
    const series = await this.series.findSeries(name, matchers, cap + 1);
    if (series.length > cap) throw new ValidationFailed([{ field: 'proposed.metrics', problem: `${name} has more than ${cap} series; add matchers` }]);
    const { resolution, sizeMs, rows } = await this.query.rowsOf(series, range, now);
    if (sizeMs > range.stepMs) {
      throw new ValidationFailed([
        {
          field: 'step',
          problem: `must be at least ${formatDuration(sizeMs)}: history from ${new Date(range.from).toISOString()} is kept at ${resolution} resolution only`,
        },
      ]);
    }
    const windowSeries = series.map((s) => ({ labels: s.labels, type: s.type, bounds: s.bounds, rows: rows.get(s.id) ?? [] }));
    const query = { metric: name, matchers, aggregation: source.aggregation, window: `${range.stepMs}ms`, by: ['instance'], ratioOf: source.ratioOf };
    const values = new Map<string, Map<number, number>>();
    for (const combined of combineSeries(windowSeries, query, range.stepMs)) {
      const instance = combined.labels.instance;
      if (instance !== undefined) values.set(instance, new Map(combined.values));
    }
    return { resolution, values };
  }
}
