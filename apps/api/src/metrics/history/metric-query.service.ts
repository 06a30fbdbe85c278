import { Inject, Injectable } from '@nestjs/common';
import type { MetricPoint, MetricQueryParams, MetricQueryResult } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { AppError, ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricHistoryRepository, type SeriesRow } from './metric-history.repository.js';
import { parseMetricQuery, type MetricQuery } from './query-params.js';
import { valueOf } from './query-function.js';
import { pickResolution } from './resolution-picker.js';
import { floorTo, mergeRollups, rollupRaw, type RollupRow } from './rollup-calculator.js';

/** Answers `GET /api/v1/metrics/query` from the coarsest resolution that serves the step. */
@Injectable()
export class MetricQueryService {
  constructor(
    private readonly repository: MetricHistoryRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async query(params: MetricQueryParams): Promise<MetricQueryResult> {
    const now = this.clock.now().getTime();
    const { history } = this.config;
    const parsed = parseMetricQuery(params, { now, maxPoints: history.maxQueryPoints, minStepMs: history.collectIntervalMs });
    if (!parsed.query) throw new ValidationFailed(parsed.problems);
    const query = parsed.query;
    const series = await this.repository.findSeries(query.name, query.matchers, history.maxQuerySeries + 1);
    if (series.length > history.maxQuerySeries) {
      throw new AppError('VALIDATION_FAILED', `labels: matches more than ${history.maxQuerySeries} series of ${query.name}; add matchers`);
    }
    if (['p50', 'p95', 'p99'].includes(query.fn)) {
      const notHistogram = series.find((s) => s.type !== 'histogram');
      if (notHistogram) throw new ValidationFailed([{ field: 'fn', problem: `${query.fn} needs a histogram; ${query.name} is a ${notHistogram.type}` }]);
    }
    const { resolution, rows } = await this.rowsOf(series, query, now);
    return {
      name: query.name,
      fn: query.fn,
      resolution,
      stepMs: query.stepMs,
      from: query.from,
      to: query.to,
      series: series.map((s) => ({
        labels: s.labels,
        points: (rows.get(s.id) ?? []).flatMap((row): MetricPoint[] => {
          const value = valueOf(query.fn, row, query.stepMs);
          return value === null || !Number.isFinite(value) ? [] : [[row.bucketStart, value]];
        }),
      })),
    };
  }

  /**
   * Each series' rollup rows at `query.stepMs` over `[from, to]`, from the coarsest stored
   * resolution that serves the step (raw samples for the newest stretch not rolled yet).
   */
  async rowsOf(
    series: SeriesRow[],
    query: Pick<MetricQuery, 'from' | 'to' | 'stepMs'>,
    now: number,
  ): Promise<{ resolution: MetricQueryResult['resolution']; sizeMs: number; rows: Map<number, RollupRow[]> }> {
    const { history } = this.config;
    const { resolution, sizeMs } = pickResolution(query.stepMs, query.from, now, history.collectIntervalMs, history.retentionMs);
    const rows = resolution === 'raw' ? await this.fromRaw(series, query) : await this.fromRollups(series, query, resolution, sizeMs);
    return { resolution, sizeMs, rows };
  }

  private async fromRaw(series: SeriesRow[], query: Pick<MetricQuery, 'from' | 'to' | 'stepMs'>): Promise<Map<number, RollupRow[]>> {
    const raw = await this.repository.findRaw(series.map((s) => s.id), new Date(query.from), new Date(query.to));
    return new Map(series.map((s) => [s.id, rollupRaw(raw.get(s.id)?.points ?? [], raw.get(s.id)?.previous, query.stepMs, s)]));
  }

  /** Stored rollups up to where the job got, then the newest stretch from raw samples. */
  private async fromRollups(
    series: SeriesRow[],
    query: Pick<MetricQuery, 'from' | 'to' | 'stepMs'>,
    resolution: Exclude<MetricQueryResult['resolution'], 'raw'>,
    sizeMs: number,
  ): Promise<Map<number, RollupRow[]>> {
    const ids = series.map((s) => s.id);
    const rolledUntil = (await this.repository.rolledUntil(resolution))?.getTime() ?? floorTo(query.from, sizeMs);
    const storedTo = Math.min(query.to, rolledUntil);
    const stored = await this.repository.findRollups(ids, resolution, new Date(floorTo(query.from, sizeMs)), new Date(storedTo));
    const tail = storedTo < query.to ? await this.repository.findRaw(ids, new Date(storedTo), new Date(query.to)) : new Map();
    return new Map(
      series.map((s) => {
        const recent = tail.get(s.id);
        const rows = [...(stored.get(s.id) ?? []), ...(recent ? rollupRaw(recent.points, recent.previous, sizeMs, s) : [])];
        return [s.id, mergeRollups(rows, query.stepMs, s).filter((r) => r.bucketStart + query.stepMs > query.from)];
      }),
    );
  }
}
