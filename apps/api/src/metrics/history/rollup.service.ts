import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricHistoryRepository, type RollupResolution, type SeriesRow } from './metric-history.repository.js';
import { floorTo, mergeRollups, rollupRaw, type RollupRow } from './rollup-calculator.js';

export const RESOLUTION_MS: Record<RollupResolution, number> = {
  '1m': 60_000,
  '5m': 300_000,
  '1h': 3_600_000,
  '1d': 86_400_000,
};

/** Each resolution is built from the next finer one; 1m from raw samples. */
const SOURCE: Record<RollupResolution, RollupResolution | 'raw'> = { '1m': 'raw', '5m': '1m', '1h': '5m', '1d': '1h' };

/** How much time one pass reads, per resolution: bounded memory when catching up. */
const CHUNK_MS: Record<RollupResolution, number> = {
  '1m': 3_600_000,
  '5m': 6 * 3_600_000,
  '1h': 7 * 86_400_000,
  '1d': 60 * 86_400_000,
};

const SERIES_PER_BATCH = 500;
const PRUNE_BATCH = 10_000;

/**
 * The cluster-wide history job: rolls complete buckets up, finest first, remembering in
 * `metric_rollup_progress` how far each resolution got; then prunes by retention.
 */
@Injectable()
export class RollupService {
  private readonly logger = new Logger(RollupService.name);

  constructor(
    private readonly repository: MetricHistoryRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rollUpAndPrune(): Promise<void> {
    await this.rollUp();
    await this.prune();
  }

  async rollUp(): Promise<void> {
    // Samples from other replicas may land up to a tick late: leave them a margin.
    const settled = this.clock.now().getTime() - 2 * this.config.history.collectIntervalMs;
    let sourceUntil = settled;
    for (const resolution of Object.keys(RESOLUTION_MS) as RollupResolution[]) {
      sourceUntil = await this.rollUpResolution(resolution, sourceUntil);
    }
  }

  /** Rolls complete buckets up to `sourceUntil`; returns how far this resolution now goes. */
  private async rollUpResolution(resolution: RollupResolution, sourceUntil: number): Promise<number> {
    const size = RESOLUTION_MS[resolution];
    const source = SOURCE[resolution];
    const end = floorTo(sourceUntil, size);
    const done = await this.repository.rolledUntil(resolution);
    const earliest = done ?? (source === 'raw' ? await this.repository.earliestRaw() : await this.repository.earliestRollup(source));
    if (!earliest) return end;
    let start = floorTo(earliest.getTime(), size);
    while (start < end) {
      const chunkEnd = Math.min(end, start + CHUNK_MS[resolution]);
      const from = new Date(start);
      const to = new Date(chunkEnd);
      const series =
        source === 'raw' ? await this.repository.seriesWithRaw(from, to) : await this.repository.seriesWithRollups(source, from, to);
      for (let i = 0; i < series.length; i += SERIES_PER_BATCH) {
        await this.rollBatch(resolution, series.slice(i, i + SERIES_PER_BATCH), from, to);
      }
      await this.repository.setRolledUntil(resolution, to);
      start = chunkEnd;
    }
    return end;
  }

  private async rollBatch(resolution: RollupResolution, series: SeriesRow[], from: Date, to: Date): Promise<void> {
    const size = RESOLUTION_MS[resolution];
    const source = SOURCE[resolution];
    const ids = series.map((s) => s.id);
    const rows: (RollupRow & { seriesId: number })[] = [];
    if (source === 'raw') {
      const raw = await this.repository.findRaw(ids, from, to);
      for (const s of series) {
        const data = raw.get(s.id);
        if (!data) continue;
        for (const row of rollupRaw(data.points, data.previous, size, s)) rows.push({ ...row, seriesId: s.id });
      }
    } else {
      const finer = await this.repository.findRollups(ids, source, from, to);
      for (const s of series) {
        for (const row of mergeRollups(finer.get(s.id) ?? [], size, s)) rows.push({ ...row, seriesId: s.id });
      }
    }
    await this.repository.upsertRollups(resolution, rows);
  }

  async prune(): Promise<void> {
    const now = this.clock.now().getTime();
    const { retentionMs } = this.config.history;
    const raw = await this.repository.pruneSamples(new Date(now - retentionMs.raw), PRUNE_BATCH);
    let rollups = 0;
    for (const resolution of Object.keys(RESOLUTION_MS) as RollupResolution[]) {
      const keep = retentionMs[resolution];
      if (keep > 0) rollups += await this.repository.pruneRollups(resolution, new Date(now - keep), PRUNE_BATCH);
    }
    const series = await this.repository.pruneOrphanSeries(new Date(now - retentionMs.raw));
    if (raw + rollups + series > 0) {
      this.logger.log(`Pruned ${raw} raw samples, ${rollups} rollups, ${series} idle series`);
    }
  }
}
