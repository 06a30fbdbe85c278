import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  type Registry,
} from 'prom-client';
import { ProvidedMetric, type ProvidedMetricType } from './provided-metric.js';

export const METRIC_PREFIX = 'vigil_';

/** Finer than prom-client's default (1 ms and up), where young-generation pauses live. */
const GC_PAUSE_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

type Config<C> = Omit<C, 'registers' | 'collect'>;

/**
 * Declares metrics on one registry, reusing a metric already registered under the same
 * name: several Nest apps in one process (the end-to-end tests) share prom-client's
 * global registry, and a second `new Gauge` with the same name would throw.
 */
export class MetricFactory {
  constructor(readonly registry: Registry) {}

  counter<T extends string>(config: Config<CounterConfiguration<T>>): Counter<T> {
    return this.reuse(config.name, Counter<T>) ?? new Counter<T>({ ...config, registers: [this.registry] });
  }

  gauge<T extends string>(config: Config<GaugeConfiguration<T>>): Gauge<T> {
    return this.reuse(config.name, Gauge<T>) ?? new Gauge<T>({ ...config, registers: [this.registry] });
  }

  histogram<T extends string>(config: Config<HistogramConfiguration<T>>): Histogram<T> {
    return (
      this.reuse(config.name, Histogram<T>) ?? new Histogram<T>({ ...config, registers: [this.registry] })
    );
  }

  provided(config: {
    name: string;
    help: string;
    type: ProvidedMetricType;
    labelNames: readonly string[];
  }): ProvidedMetric {
    const existing = this.reuse(config.name, ProvidedMetric);
    if (existing) return existing;
    const metric = new ProvidedMetric(config.name, config.help, config.type, config.labelNames);
    this.registry.registerMetric(metric.asRegistered());
    return metric;
  }

  /** Node's default metrics, once per registry, with Vigil's prefix. */
  ensureDefaultMetrics(): void {
    if (this.registry.getSingleMetric(`${METRIC_PREFIX}process_cpu_user_seconds_total`)) return;
    collectDefaultMetrics({
      register: this.registry,
      prefix: METRIC_PREFIX,
      gcDurationBuckets: GC_PAUSE_BUCKETS,
    });
  }

  private reuse<M>(name: string, type: abstract new (...args: never[]) => M): M | undefined {
    const existing: unknown = this.registry.getSingleMetric(name);
    if (existing === undefined) return undefined;
    if (!(existing instanceof type)) throw new Error(`metric ${name} is already registered with another type`);
    return existing;
  }
}

type Collect = () => void | Promise<void>;

/**
 * Makes `collect` compute the metric's values at scrape time. The newest binding wins
 * (the collectors of the most recently started app are the live ones); the returned
 * function unbinds, unless a newer collector has taken over meanwhile.
 */
export function bindCollect(metric: Counter<string> | Gauge<string>, collect: Collect): () => void {
  const target = metric as unknown as { collect?: Collect };
  const bound: Collect = () => collect();
  target.collect = bound;
  return () => {
    if (target.collect === bound) target.collect = undefined;
  };
}
