import type { ForecastCrossing, ForecastDirection, ForecastMethod, HoltForecast, MethodForecast, MetricPoint, SeriesForecast } from '@vigil/types';
import { doubleExponentialSmoothing, holtForecast } from './holt-smoothing.js';
import { linearRegression, predictLinear } from './linear-fit.js';
import { thresholdCrossing, type LinearTrend } from './threshold-crossing.js';

export interface ForecastOptions {
  now: number;
  horizonMs: number;
  threshold: number | null;
  direction: ForecastDirection;
  methods: readonly ForecastMethod[];
  smoothing: number;
  trend: number;
}

/**
 * One series' forecast: the least-squares line as `predict_linear(v[window], horizon)`
 * evaluated now, and Holt's level and trend carried from the last point (its step the
 * mean spacing of the points, which it takes as consecutive), each with when
 * it reaches the threshold between now and the horizon. A method is null when not asked
 * for, under two points, or when its numbers are not finite.
 */
export function forecastSeries(labels: Record<string, string>, points: MetricPoint[], options: ForecastOptions): SeriesForecast {
  const last = points.at(-1);
  return {
    labels,
    current: last ? { at: new Date(last[0]).toISOString(), value: last[1] } : null,
    linear: options.methods.includes('linear') ? linear(points, options) : null,
    holt: options.methods.includes('holt') ? holt(points, options) : null,
    points,
  };
}

function linear(points: MetricPoint[], options: ForecastOptions): MethodForecast | null {
  const fit = linearRegression(points, options.now);
  const predicted = predictLinear(points, options.now, options.horizonMs / 1_000);
  if (!fit || predicted === undefined || ![fit.slope, fit.intercept, predicted].every(Number.isFinite)) return null;
  const trend = { at: options.now, value: fit.intercept, slopePerSecond: fit.slope };
  return { value: fit.intercept, slopePerSecond: fit.slope, predicted, crossing: crossingOf(trend, options) };
}

function holt(points: MetricPoint[], options: ForecastOptions): HoltForecast | null {
  const state = doubleExponentialSmoothing(
    points.map(([, value]) => value),
    options.smoothing,
    options.trend,
  );
  if (!state || !Number.isFinite(state.level) || !Number.isFinite(state.trend)) return null;
  const firstAt = points[0]![0];
  const lastAt = points.at(-1)![0];
  const stepMs = (lastAt - firstAt) / (points.length - 1);
  if (!(stepMs > 0)) return null;
  const stepsToNow = (options.now - lastAt) / stepMs;
  const slopePerSecond = state.trend / (stepMs / 1_000);
  return {
    value: holtForecast(state, stepsToNow),
    slopePerSecond,
    predicted: holtForecast(state, stepsToNow + options.horizonMs / stepMs),
    crossing: crossingOf({ at: lastAt, value: state.level, slopePerSecond }, options),
    level: state.level,
    trendPerStep: state.trend,
    stepSeconds: stepMs / 1_000,
  };
}

function crossingOf(trend: LinearTrend, { threshold, direction, now, horizonMs }: ForecastOptions): ForecastCrossing | null {
  if (threshold === null) return null;
  const at = thresholdCrossing(trend, threshold, direction, { from: now, to: now + horizonMs });
  return at === undefined ? null : { at: new Date(at).toISOString(), inSeconds: (at - now) / 1_000 };
}

/** The mean of the series at each time any of them has a point, oldest first. */
export function meanPoints(series: readonly { points: readonly MetricPoint[] }[]): MetricPoint[] {
  const sums = new Map<number, { sum: number; count: number }>();
  for (const { points } of series) {
    for (const [at, value] of points) {
      const entry = sums.get(at) ?? { sum: 0, count: 0 };
      entry.sum += value;
      entry.count += 1;
      sums.set(at, entry);
    }
  }
  return [...sums.entries()].sort(([a], [b]) => a - b).map(([at, { sum, count }]): MetricPoint => [at, sum / count]);
}
