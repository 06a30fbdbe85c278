import { Inject, Injectable } from '@nestjs/common';
import type { CustomMetricSample, CustomMetricsAccepted, FieldProblem } from '@vigil/types';
import { Counter, Gauge, register } from 'prom-client';
import { Clock } from '../../common/clock.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CustomMetricNames } from './custom-metric-names.js';
import { batchLimitProblems, sampleTime } from './custom-metric-limits.js';
import { MetricHistoryRepository } from './metric-history.repository.js';
import { labelKey, type SeriesSample } from './registry-snapshot.js';

/** The help of every custom metric, live and stored: how stored history tells them apart. */
export const CUSTOM_METRIC_HELP = 'Custom metric posted to /api/v1/metrics';

interface CustomMetric {
  type: 'counter' | 'gauge';
  labelNames: ReadonlySet<string>;
  metric: Counter<string> | Gauge<string>;
  /** Label sets seen so far, for the series-per-metric cap. */
  series: Set<string>;
}

/**
 * `POST /api/v1/metrics`: samples pushed by the monitored service. A batch is checked
 * whole before anything happens; then its history is written, and only once that
 * succeeded does the live registry change, so a failure leaves no trace anywhere.
 */
@Injectable()
export class CustomMetricsService {
  private readonly metrics = new Map<string, CustomMetric>();
  /** Batches apply one at a time: counter totals are read, added to and written. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: MetricHistoryRepository,
    private readonly names: CustomMetricNames,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  ingest(samples: CustomMetricSample[]): Promise<CustomMetricsAccepted> {
    const run = this.queue.then(() => this.apply(samples));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(samples: CustomMetricSample[]): Promise<CustomMetricsAccepted> {
    const now = this.clock.now().getTime();
    const limits = { ...this.config.customMetrics, maxNameLength: this.config.history.maxMetricNameLength };
    const problems = batchLimitProblems(samples, limits, now);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const registryProblems = [...this.checkAgainstRegistry(samples), ...(await this.nameCapProblems(samples))];
    if (registryProblems.length > 0) throw new ValidationFailed(registryProblems);

    // Counters are stored as running totals, so rates over history work as for any counter.
    const totals = new Map<string, number>();
    const stored: (SeriesSample & { ts: Date })[] = [];
    for (const sample of samples) {
      const labels = sample.labels ?? {};
      const key = `${sample.name}\u0000${labelKey(labels)}`;
      let value = sample.value;
      if (sample.type === 'counter') {
        const before = totals.get(key) ?? (await this.currentValue(sample.name, labels));
        value = before + sample.value;
        totals.set(key, value);
      }
      const ts = sampleTime(sample, now);
      stored.push({
        name: sample.name,
        type: sample.type,
        help: CUSTOM_METRIC_HELP,
        labels: { ...labels, instance: this.config.instanceId },
        value,
        bounds: null,
        buckets: null,
        ts: new Date(ts),
      });
    }
    const ids = await this.repository.resolveSeriesIds(stored, new Date(now));
    await this.repository.insertSamples(stored.map((s, i) => ({ seriesId: ids[i] ?? -1, ts: s.ts, value: s.value, buckets: null })));

    for (const sample of samples) this.applyLive(sample);
    return { accepted: samples.length };
  }

  /**
   * CUSTOM_METRICS_MAX_NAMES over every name this instance serves and every custom
   * name stored in history (other replicas, earlier runs): a restart or a second
   * replica does not start the count again. Only a batch with a name this process has
   * not served reads the database; each new name past the cap is named.
   */
  private async nameCapProblems(samples: CustomMetricSample[]): Promise<FieldProblem[]> {
    if (samples.every((sample) => this.metrics.has(sample.name))) return [];
    const { maxNames } = this.config.customMetrics;
    const known = new Set([...(await this.repository.namesWithHelp(CUSTOM_METRIC_HELP)), ...this.metrics.keys()]);
    const problems: FieldProblem[] = [];
    samples.forEach((sample, index) => {
      // A name of Vigil's own registry is refused for that already, not counted.
      if (known.has(sample.name) || register.getSingleMetric(sample.name)) return;
      known.add(sample.name);
      if (known.size > maxNames) {
        problems.push({ field: `[${index}].name`, problem: `would be custom metric name ${known.size}, above the limit of ${maxNames} (CUSTOM_METRICS_MAX_NAMES)` });
      }
    });
    return problems;
  }

  /** Type conflicts, label names a metric was not declared with, and the series cap. */
  private checkAgainstRegistry(samples: CustomMetricSample[]): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const newSeries = new Map<string, Set<string>>();
    const firstLabels = new Map<string, ReadonlySet<string>>();
    samples.forEach((sample, index) => {
      const known = this.metrics.get(sample.name);
      const labelNames = Object.keys(sample.labels ?? {});
      if (!known && register.getSingleMetric(sample.name)) {
        problems.push({ field: `[${index}].name`, problem: `${sample.name} is already a metric of this service` });
        return;
      }
      const declaredType = known?.type ?? samples.find((s) => s.name === sample.name)?.type;
      if (declaredType !== sample.type) {
        problems.push({ field: `[${index}].type`, problem: `${sample.name} is a ${declaredType}` });
      }
      const declared = known?.labelNames ?? firstLabels.get(sample.name) ?? new Set(labelNames);
      firstLabels.set(sample.name, declared);
      const unknown = labelNames.filter((l) => !declared.has(l));
      if (unknown.length > 0) {
        problems.push({ field: `[${index}].labels`, problem: `${sample.name} has labels [${[...declared].join(', ')}], not ${unknown.join(', ')}` });
      }
      const key = labelKey(sample.labels ?? {});
      if (!known?.series.has(key)) {
        const added = newSeries.get(sample.name) ?? new Set<string>();
        added.add(key);
        newSeries.set(sample.name, added);
        const total = (known?.series.size ?? 0) + added.size;
        if (total > this.config.customMetrics.maxSeriesPerMetric) {
          problems.push({ field: `[${index}].labels`, problem: `${sample.name} would have ${total} series, above the limit of ${this.config.customMetrics.maxSeriesPerMetric}` });
        }
      }
    });
    return problems;
  }

  private async currentValue(name: string, labels: Record<string, string>): Promise<number> {
    const known = this.metrics.get(name);
    if (!known) return 0;
    const { values } = await known.metric.get();
    const key = labelKey(labels);
    return values.find((v) => labelKey(v.labels as Record<string, string>) === key)?.value ?? 0;
  }

  private applyLive(sample: CustomMetricSample): void {
    let known = this.metrics.get(sample.name);
    if (!known) {
      const labelNames = Object.keys(sample.labels ?? {});
      const help = CUSTOM_METRIC_HELP;
      const metric =
        sample.type === 'counter'
          ? new Counter({ name: sample.name, help, labelNames })
          : new Gauge({ name: sample.name, help, labelNames });
      known = { type: sample.type, labelNames: new Set(labelNames), metric, series: new Set() };
      this.metrics.set(sample.name, known);
      this.names.add(sample.name);
    }
    known.series.add(labelKey(sample.labels ?? {}));
    const labels = sample.labels ?? {};
    if (known.metric instanceof Counter) known.metric.inc(labels, sample.value);
    else known.metric.set(labels, sample.value);
  }
}
