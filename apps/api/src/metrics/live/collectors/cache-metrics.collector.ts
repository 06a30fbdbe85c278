import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TimedCacheStore } from '../../../cache/timed-cache.store.js';
import { LiveMetrics } from '../live-metrics.js';
import { bindCollect } from '../../../common/metrics/metric-factory.js';

/**
 * Cache hits, misses and errors from the store's own counters (read at scrape time),
 * and command latency from the timing decorator the cache module wraps every store in.
 */
@Injectable()
export class CacheMetricsCollector implements OnModuleInit, OnModuleDestroy {
  private unsubscribers: (() => void)[] = [];

  constructor(
    private readonly metrics: LiveMetrics,
    private readonly store: TimedCacheStore,
  ) {}

  onModuleInit(): void {
    const m = this.metrics.cache;
    const labels = { store: this.store.kind };
    const stopTiming = this.store.onCommand((event) => {
      m.commandDuration.observe(
        { command: event.command, outcome: event.isError ? 'error' : 'ok' },
        event.durationMs / 1_000,
      );
    });
    this.unsubscribers = [
      () => void stopTiming(),
      ...(['hits', 'misses', 'errors'] as const).map((key) =>
        bindCollect(m[key], () => {
          m[key].reset();
          m[key].inc(labels, this.store.stats()[key]);
        }),
      ),
    ];
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
  }
}
