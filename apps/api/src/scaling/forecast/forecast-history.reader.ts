import { Inject, Injectable } from '@nestjs/common';
import { MAX_FORECAST_POINTS, type MetricPoint, type MetricQueryFunction, type MetricResolution } from '@vigil/types';
import { combineSeries } from '../../alerts/evaluation/series-combiner.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricHistoryRepository } from '../../metrics/history/metric-history.repository.js';
import { MetricQueryService } from '../../metrics/history/metric-query.service.js';
import { pickResolution } from '../../metrics/history/resolution-picker.js';

/** Which stored series a forecast reads, and how each step's value is taken. */
export interface ForecastSelector {
  metric: string;
  matchers: Record<string, string>;
  aggregation: MetricQueryFunction;
  ratioOf?: Record<string, string>;
  /** `['instance']`: series combined per instance; undefined: each stored series apart. */
  by?: string[];
}

export interface ForecastHistory {
  resolution: MetricResolution;
  /** The step the points stand at: the one asked for, or the stored resolution when coarser. */
  stepMs: number;
  series: { labels: Record<string, string>; points: MetricPoint[] }[];
}

const QUANTILES: readonly MetricQueryFunction[] = ['p50', 'p95', 'p99'];

/**
 * A metric's stored history over a range, one point per step per series, from the
 * coarsest stored resolution that serves the step (MetricQueryService). At most the
 * instance's series limit is read and at most MAX_FORECAST_POINTS points per series
 * kept; points stand at their bucket's start, as the query API answers them.
 */
@Injectable()
export class ForecastHistoryReader {
  constructor(
    private readonly repository: MetricHistoryRepository,
    private readonly query: MetricQueryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(selector: ForecastSelector, range: { from: number; to: number; stepMs: number }, now: number): Promise<ForecastHistory> {
    const { history } = this.config;
    const cap = history.maxQuerySeries;
    const series = await this.repository.findSeries(selector.metric, selector.matchers, cap + 1);
    if (series.length > cap) {
      throw new ValidationFailed([{ field: 'labels', problem: `matches more than ${cap} series of ${selector.metric}; add matchers` }]);
    }
    const notHistogram = QUANTILES.includes(selector.aggregation) ? series.find((s) => s.type !== 'histogram') : undefined;
    if (notHistogram) {
      throw new ValidationFailed([{ field: 'aggregation', problem: `${selector.aggregation} needs a histogram; ${selector.metric} is a ${notHistogram.type}` }]);
    }
    // A range whose start is kept only coarser than the step is read at that resolution.
    const { sizeMs } = pickResolution(range.stepMs, range.from, now, history.collectIntervalMs, history.retentionMs);
    const stepMs = Math.max(range.stepMs, sizeMs);
    const { resolution, rows } = await this.query.rowsOf(series, { ...range, stepMs }, now);
    const stored = series.map((s) => ({ labels: s.labels, type: s.type, bounds: s.bounds, rows: rows.get(s.id) ?? [] }));
    const query = { ...selector, window: `${stepMs}ms` };
    return {
      resolution,
      stepMs,
      series: combineSeries(stored, query, stepMs).map((s) => ({ labels: s.labels, points: s.values.slice(-MAX_FORECAST_POINTS) })),
    };
  }
}
