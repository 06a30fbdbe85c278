import { Injectable } from '@nestjs/common';
import { MetricHistoryRepository } from './metric-history.repository.js';
import type { SeriesSample } from './registry-snapshot.js';

/** Refresh `last_seen_at` at most this often: it only feeds the pruning of idle series. */
const TOUCH_EVERY_MS = 3_600_000;
/** Writers are Vigil itself and each target: forget the oldest past this many. */
const MAX_TOUCH_KEYS = 100_000;

/**
 * Writes one collection of samples (Vigil's own registry, or one scrape) into
 * `metric_samples`: series ids resolved or created in one statement, samples in another.
 */
@Injectable()
export class SampleWriter {
  private readonly lastTouch = new Map<string, number>();

  constructor(private readonly repository: MetricHistoryRepository) {}

  /** `source` names who wrote these samples, so each source's series are touched hourly. */
  async write(source: string, samples: readonly SeriesSample[], at: Date): Promise<void> {
    if (samples.length === 0) return;
    const ids = await this.repository.resolveSeriesIds(samples, at);
    await this.repository.insertSamples(samples.map((s, i) => ({ seriesId: ids[i] ?? -1, ts: at, value: s.value, buckets: s.buckets })));
    const last = this.lastTouch.get(source) ?? 0;
    if (at.getTime() - last >= TOUCH_EVERY_MS) {
      await this.repository.touchSeries(ids, at);
      this.lastTouch.delete(source);
      this.lastTouch.set(source, at.getTime());
      if (this.lastTouch.size > MAX_TOUCH_KEYS) this.lastTouch.delete(this.lastTouch.keys().next().value ?? '');
    }
  }
}
