import { Inject, Injectable } from '@nestjs/common';
import { register } from 'prom-client';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CustomMetricNames } from './custom-metric-names.js';
import { MetricHistoryRepository } from './metric-history.repository.js';
import { flattenRegistry } from './registry-snapshot.js';

/** Refresh `last_seen_at` at most this often: it only feeds the pruning of idle series. */
const TOUCH_EVERY_MS = 3_600_000;

/**
 * The per-instance history job: every tick, the whole registry becomes rows in
 * `metric_samples`, labelled with this instance, in one INSERT.
 */
@Injectable()
export class MetricsSnapshotService {
  private lastTouch = 0;

  constructor(
    private readonly repository: MetricHistoryRepository,
    private readonly customNames: CustomMetricNames,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores one snapshot; returns how many samples it wrote. */
  async snapshot(): Promise<number> {
    const now = this.clock.now();
    const samples = flattenRegistry(
      await register.getMetricsAsJSON(),
      { instance: this.config.instanceId },
      this.customNames.all(),
    );
    const ids = await this.repository.resolveSeriesIds(samples, now);
    await this.repository.insertSamples(
      samples.map((s, i) => ({ seriesId: ids[i] ?? -1, ts: now, value: s.value, buckets: s.buckets })),
    );
    if (now.getTime() - this.lastTouch >= TOUCH_EVERY_MS) {
      await this.repository.touchSeries(ids, now);
      this.lastTouch = now.getTime();
    }
    return samples.length;
  }
}
