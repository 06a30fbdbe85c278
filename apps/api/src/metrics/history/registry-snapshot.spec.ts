import { Counter, Gauge, Histogram, Registry, Summary } from 'prom-client';
import { flattenRegistry } from './registry-snapshot.js';

describe('flattenRegistry', () => {
  it('turns counters, gauges and histograms into stored series with the instance label', async () => {
    const registry = new Registry();
    const requests = new Counter({ name: 'app_requests_total', help: 'requests', labelNames: ['route'], registers: [registry] });
    const depth = new Gauge({ name: 'app_queue_depth', help: 'depth', registers: [registry] });
    const latency = new Histogram({ name: 'app_latency_seconds', help: 'latency', buckets: [0.1, 1], registers: [registry] });
    new Summary({ name: 'app_summary', help: 'skipped', registers: [registry] }).observe(1);
    requests.inc({ route: '/a' }, 3);
    depth.set(7);
    latency.observe(0.05);
    latency.observe(0.5);
    latency.observe(5);

    const samples = flattenRegistry(await registry.getMetricsAsJSON(), { instance: 'i-1' });
    const byName = Object.fromEntries(samples.map((s) => [s.name, s]));

    expect(byName.app_requests_total).toMatchObject({ type: 'counter', value: 3, labels: { route: '/a', instance: 'i-1' } });
    expect(byName.app_queue_depth).toMatchObject({ type: 'gauge', value: 7, labels: { instance: 'i-1' } });
    expect(byName.app_latency_seconds).toMatchObject({
      type: 'histogram',
      value: 3,
      bounds: [0.1, 1],
      buckets: [1, 2],
      labels: { instance: 'i-1' },
    });
    expect(byName.app_latency_seconds_sum).toMatchObject({ type: 'counter', value: 5.55 });
    expect(byName.app_summary).toBeUndefined();
  });

  it('drops NaN values and metrics named in the skip list', async () => {
    const registry = new Registry();
    new Gauge({ name: 'app_nan', help: 'x', registers: [registry] }).set(NaN);
    new Gauge({ name: 'app_skipped', help: 'x', registers: [registry] }).set(1);
    const samples = flattenRegistry(await registry.getMetricsAsJSON(), {}, new Set(['app_skipped']));
    expect(samples).toEqual([]);
  });
});
