import { bandOf, type ForecastDirection, type ScalingForecastQuery, type ServiceScalingMetric } from '@vigil/types';
import { formatMetricValue, UNIT_SCALE, unitOfSource } from './metric-format';
import { readNumber } from './number-draft';

/** The history windows offered; the API takes any duration from 1m to 7d and defaults to 6h. */
export const FORECAST_WINDOWS = ['1h', '6h', '24h', '7d'] as const;
export type ForecastWindow = (typeof FORECAST_WINDOWS)[number];
export const DEFAULT_FORECAST_WINDOW: ForecastWindow = '6h';
export const FORECAST_WINDOW_LABELS: Record<ForecastWindow, string> = { '1h': 'Last 1 hour', '6h': 'Last 6 hours', '24h': 'Last 24 hours', '7d': 'Last 7 days' };

/** The horizons offered; the API takes any duration from 1m to 90d and defaults to 7d. */
export const FORECAST_HORIZONS = ['1d', '7d', '30d'] as const;
export type ForecastHorizon = (typeof FORECAST_HORIZONS)[number];
export const DEFAULT_FORECAST_HORIZON: ForecastHorizon = '7d';
export const FORECAST_HORIZON_LABELS: Record<ForecastHorizon, string> = { '1d': '1 day', '7d': '7 days', '30d': '30 days' };

export const FORECAST_DIRECTIONS = ['above', 'below'] as const satisfies readonly ForecastDirection[];
export const FORECAST_DIRECTION_LABELS: Record<ForecastDirection, string> = { above: 'Rising above the threshold', below: 'Falling below the threshold' };

/** What the forecast panel asks for; each change is a new query. */
export interface ForecastSettings {
  metric: string;
  window: ForecastWindow;
  horizon: ForecastHorizon;
  direction: ForecastDirection;
  /** In the metric's base unit (0.7 for 70 %); null leaves it to the API: the metric's bound in the direction. */
  threshold: number | null;
}

export function defaultForecastSettings(metric: string): ForecastSettings {
  return { metric, window: DEFAULT_FORECAST_WINDOW, horizon: DEFAULT_FORECAST_HORIZON, direction: 'above', threshold: null };
}

/** The query string; a threshold left to the API is left out, so the key of the default is the same however it was reached. */
export function forecastQueryOf(service: string, settings: ForecastSettings): ScalingForecastQuery {
  const { metric, window, horizon, direction, threshold } = settings;
  return { service, metric, window, horizon, direction, ...(threshold === null ? {} : { threshold }) };
}

/** The bound the API takes when no threshold is given: scale-up for `above`, scale-down for `below`. */
export function defaultThreshold(metric: ServiceScalingMetric, direction: ForecastDirection): number {
  const band = bandOf(metric);
  return direction === 'above' ? band.up : band.down;
}

/** "Empty: the scale-up bound, 70%." */
export function describeDefaultThreshold(metric: ServiceScalingMetric, direction: ForecastDirection): string {
  const bound = direction === 'above' ? 'scale-up' : 'scale-down';
  return `Empty: the ${bound} bound, ${formatMetricValue(defaultThreshold(metric, direction), unitOfSource(metric.source))}.`;
}

export type ThresholdReading = { isValid: true; threshold: number | null } | { isValid: false; problem: string };

/** A threshold typed in the unit the metric shows in (70 for 70 %), in the base unit; empty is the API's default. */
export function readThreshold(text: string, metric: ServiceScalingMetric): ThresholdReading {
  if (text.trim() === '') return { isValid: true, threshold: null };
  const threshold = readNumber({ text, exact: null }, UNIT_SCALE[unitOfSource(metric.source)]);
  return threshold === null ? { isValid: false, problem: 'must be a number, or empty for the default' } : { isValid: true, threshold };
}
