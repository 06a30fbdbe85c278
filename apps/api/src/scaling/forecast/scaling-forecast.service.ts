import { Inject, Injectable } from '@nestjs/common';
import {
  bandOf,
  FORECAST_METHODS,
  MAX_FORECAST_POINTS,
  parseDuration,
  type ScalingForecast,
  type ScalingForecastSpec,
  type ServiceScalingPolicy,
} from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { parseMatchers } from '../../metrics/history/query-params.js';
import { ScalingPoliciesService } from '../policies/scaling-policies.service.js';
import { ForecastHistoryReader, type ForecastSelector } from './forecast-history.reader.js';
import { forecastSeries, meanPoints } from './series-forecast.js';

/** Steps a default is chosen from, finest first (after the collection interval). */
const STEP_LADDER_MS = [60_000, 300_000, 900_000, 3_600_000];

/** `GET /api/v1/scaling/forecast`: a service's metric fitted over a window and carried to a horizon. */
@Injectable()
export class ScalingForecastService {
  constructor(
    private readonly policies: ScalingPoliciesService,
    private readonly reader: ForecastHistoryReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forecast(query: ScalingForecastSpec): Promise<ScalingForecast> {
    const now = this.clock.now().getTime();
    const policy = await this.policies.get(query.service);
    const { selector, threshold } = selectorOf(policy, query);
    const windowMs = parseDuration(query.window)!;
    const horizonMs = parseDuration(query.horizon)!;
    const askedStepMs = query.step === undefined ? defaultStep(windowMs, this.config.history.collectIntervalMs) : parseDuration(query.step)!;
    // Prometheus' range (now − window, now], as a stored read's [from, to).
    const from = now - windowMs;
    const history = await this.reader.read(selector, { from: from + 1, to: now + 1, stepMs: askedStepMs }, now);
    const methods = query.method ? [query.method] : [...FORECAST_METHODS];
    const options = { now, horizonMs, threshold, direction: query.direction, methods, smoothing: query.smoothing, trend: query.trend };
    const series = history.series.map((s) => forecastSeries(s.labels, s.points, options));
    return {
      service: query.service,
      metric: query.metric,
      source: { metric: selector.metric, aggregation: selector.aggregation, matchers: selector.matchers, ratioOf: selector.ratioOf ?? null },
      by: selector.by ? 'instance' : 'series',
      at: new Date(now).toISOString(),
      from: new Date(from).toISOString(),
      horizonSeconds: horizonMs / 1_000,
      stepMs: history.stepMs,
      resolution: history.resolution,
      threshold,
      direction: query.direction,
      methods,
      smoothing: query.smoothing,
      trend: query.trend,
      mean: series.length > 0 ? forecastSeries({}, meanPoints(history.series), options) : null,
      series,
    };
  }
}

/**
 * What to read and the threshold: a policy metric's source per instance (threshold by
 * default its band's bound in the direction asked), or with `aggregation` the stored
 * metric itself, each series apart (no threshold unless given).
 */
function selectorOf(policy: ServiceScalingPolicy, query: ScalingForecastSpec): { selector: ForecastSelector; threshold: number | null } {
  const extra = parseMatchers(query.labels ?? '');
  if (!extra) throw new ValidationFailed([{ field: 'labels', problem: 'must be key=value pairs separated by commas, keys matching [a-zA-Z_][a-zA-Z0-9_]*' }]);
  if (query.aggregation) {
    return { selector: { metric: query.metric, matchers: extra, aggregation: query.aggregation }, threshold: query.threshold ?? null };
  }
  const metric = policy.metrics.find((m) => m.name === query.metric);
  if (!metric) {
    const names = policy.metrics.map((m) => m.name).join(', ');
    throw new ValidationFailed([
      { field: 'metric', problem: `is not a metric of the ${policy.service} policy (${names}); give aggregation to forecast a stored metric` },
    ]);
  }
  const { source } = metric;
  const band = bandOf(metric);
  return {
    selector: { metric: source.metric, matchers: { ...source.matchers, ...extra }, aggregation: source.aggregation, ratioOf: source.ratioOf, by: ['instance'] },
    threshold: query.threshold ?? (query.direction === 'above' ? band.up : band.down),
  };
}

/** The finest of the collection interval, 1m, 5m, 15m and 1h that keeps the window within MAX_FORECAST_POINTS points. */
export function defaultStep(windowMs: number, collectIntervalMs: number): number {
  const ladder = [collectIntervalMs, ...STEP_LADDER_MS.filter((step) => step > collectIntervalMs)];
  return ladder.find((step) => Math.ceil(windowMs / step) <= MAX_FORECAST_POINTS) ?? ladder.at(-1)!;
}
