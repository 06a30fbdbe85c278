import type { Metric, MetricObjectWithValues, MetricValueWithName } from 'prom-client';

export type ProvidedValues = MetricValueWithName<string>[];
export type ProvidedMetricType = 'counter' | 'histogram';

/**
 * A metric whose samples a function supplies at read time, in the shape prom-client's
 * own metrics return from `get()`, so the registry renders it, snapshots it and
 * OpenMetrics serves it like any other. It exists for hot paths: prom-client validates
 * and hashes labels on every `inc`/`observe` (about 0.4 µs each), while the HTTP hooks
 * keep plain per-route tallies and let a scrape read them.
 */
export class ProvidedMetric {
  readonly aggregator = 'sum';
  private source: () => ProvidedValues = () => [];

  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: ProvidedMetricType,
    readonly labelNames: readonly string[],
  ) {}

  /** The newest source wins, as with `bindCollect`; the returned function unbinds it. */
  provide(source: () => ProvidedValues): () => void {
    this.source = source;
    return () => {
      if (this.source === source) this.source = () => [];
    };
  }

  async get(): Promise<MetricObjectWithValues<MetricValueWithName<string>>> {
    const { name, help, type, aggregator } = this;
    // prom-client's typings declare an enum and a collect field its own get() never returns.
    return { name, help, type, aggregator, values: this.source() } as unknown as MetricObjectWithValues<
      MetricValueWithName<string>
    >;
  }

  reset(): void {}

  /** What the registry's typings ask for; at run time it only reads name, help, type and get(). */
  asRegistered(): Metric<string> {
    return this as unknown as Metric<string>;
  }
}
