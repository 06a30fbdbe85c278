import { Gauge, Registry } from 'prom-client';
import { bindCollect, MetricFactory } from './metric-factory.js';

describe('MetricFactory', () => {
  describe('gauge, counter, histogram, provided', () => {
    it('returns the metric already registered under a name instead of throwing', () => {
      const registry = new Registry();
      const first = new MetricFactory(registry).gauge({ name: 'g', help: 'G.' });
      const second = new MetricFactory(registry).gauge({ name: 'g', help: 'G.' });
      expect(second).toBe(first);
      const config = { name: 'p_total', help: 'P.', type: 'counter', labelNames: [] } as const;
      const provided = new MetricFactory(registry).provided(config);
      expect(new MetricFactory(registry).provided(config)).toBe(provided);
    });

    it('refuses a name registered with another type', () => {
      const registry = new Registry();
      new MetricFactory(registry).gauge({ name: 'm', help: 'M.' });
      expect(() => new MetricFactory(registry).counter({ name: 'm', help: 'M.' })).toThrow(/another type/);
    });
  });

  describe('ensureDefaultMetrics', () => {
    it('registers the prefixed defaults once however often it is called', () => {
      const registry = new Registry();
      const factory = new MetricFactory(registry);
      factory.ensureDefaultMetrics();
      const count = registry.getMetricsAsArray().length;
      expect(() => factory.ensureDefaultMetrics()).not.toThrow();
      expect(registry.getMetricsAsArray()).toHaveLength(count);
      expect(registry.getSingleMetric('vigil_process_resident_memory_bytes')).toBeDefined();
    });
  });
});

describe('bindCollect', () => {
  it('lets the newest binding report, and an old unbind leave it alone', async () => {
    const gauge = new Gauge({ name: 'g', help: 'G.', registers: [] });
    const unbindOld = bindCollect(gauge, () => gauge.set(1));
    const unbindNew = bindCollect(gauge, () => gauge.set(2));
    unbindOld();
    expect((await gauge.get()).values[0]?.value).toBe(2);
    unbindNew();
    gauge.set(3);
    expect((await gauge.get()).values[0]?.value).toBe(3);
  });
});

describe('ProvidedMetric', () => {
  it('renders what its newest source supplies, like any registry metric', async () => {
    const registry = new Registry();
    const factory = new MetricFactory(registry);
    const metric = factory.provided({ name: 'jobs_total', help: 'Jobs.', type: 'counter', labelNames: ['kind'] });
    metric.provide(() => [{ labels: { kind: 'old' }, value: 1 }]);
    const unbind = metric.provide(() => [{ labels: { kind: 'a' }, value: 5 }]);
    expect(await registry.metrics()).toBe('# HELP jobs_total Jobs.\n# TYPE jobs_total counter\njobs_total{kind="a"} 5\n');
    unbind();
    expect(await registry.metrics()).toBe('# HELP jobs_total Jobs.\n# TYPE jobs_total counter\n');
  });
});
