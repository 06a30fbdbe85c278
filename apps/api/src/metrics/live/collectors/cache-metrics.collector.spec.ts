import { Registry } from 'prom-client';
import type { CacheStats } from '../../../cache/cache-store.js';
import { MemoryCacheStore } from '../../../cache/memory-cache.store.js';
import { TimedCacheStore } from '../../../cache/timed-cache.store.js';
import { ManualClock } from '../../../common/clock.js';
import { LiveMetrics } from '../live-metrics.js';
import { CacheMetricsCollector } from './cache-metrics.collector.js';

describe('CacheMetricsCollector', () => {
  let registry: Registry;
  let inner: MemoryCacheStore;
  let ticks: { now: number };
  let store: TimedCacheStore;
  let collector: CacheMetricsCollector;

  const valuesOf = async (name: string) => (await registry.getSingleMetric(name)?.get())?.values ?? [];

  beforeEach(() => {
    registry = new Registry();
    inner = new MemoryCacheStore(10, new ManualClock());
    ticks = { now: 0 };
    store = new TimedCacheStore(inner, () => ticks.now);
    collector = new CacheMetricsCollector(new LiveMetrics(registry), store);
    collector.onModuleInit();
  });
  afterEach(() => collector.onModuleDestroy());

  describe('scrape', () => {
    it('reports the store counters labelled with the store kind', async () => {
      const stats: CacheStats = { hits: 7, misses: 3, errors: 1 };
      inner.stats = () => stats;
      expect(await valuesOf('vigil_cache_hits_total')).toEqual([{ labels: { store: 'memory' }, value: 7 }]);
      expect(await valuesOf('vigil_cache_misses_total')).toEqual([{ labels: { store: 'memory' }, value: 3 }]);
      expect(await valuesOf('vigil_cache_errors_total')).toEqual([{ labels: { store: 'memory' }, value: 1 }]);
    });

    it('observes command latency in seconds by command and outcome', async () => {
      const get = inner.get.bind(inner);
      inner.get = async (key) => {
        ticks.now += 2;
        return get(key);
      };
      await store.get('a');
      const sums = (await valuesOf('vigil_cache_command_duration_seconds')).filter(
        (v) => (v as { metricName?: string }).metricName === 'vigil_cache_command_duration_seconds_sum',
      );
      expect(sums).toEqual([
        expect.objectContaining({ labels: { command: 'get', outcome: 'ok' }, value: 0.002 }),
      ]);
    });
  });
});
