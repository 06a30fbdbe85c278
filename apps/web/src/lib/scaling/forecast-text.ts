import type { ForecastCrossing, ForecastDirection, ForecastMethod, ScalingForecast, SeriesForecast } from '@vigil/types';
import { formatMetricValue, unitOfSource, type ScalingMetricUnit } from './metric-format';

export const FORECAST_METHOD_LABELS: Record<ForecastMethod, string> = { linear: 'Linear fit', holt: "Holt's smoothing" };

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1_440;
const SECONDS_PER_HOUR = 3_600;

/** The unit the answer's values read in, from the source it says it read. */
export function forecastUnitOf(forecast: Pick<ScalingForecast, 'source'>): ScalingMetricUnit {
  const { metric, aggregation, ratioOf } = forecast.source;
  // The answer writes "no share" as null; a policy's source leaves `ratioOf` out.
  return unitOfSource({ metric, aggregation, ratioOf: ratioOf ?? undefined });
}

/**
 * "3 days 4 h", "5 h 20 min", "12 min", "under a minute": how far ahead, to the whole
 * minute below, so a warning never says later than the forecast does.
 */
export function formatLeadTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  if (days > 0) {
    const dayText = `${days} ${days === 1 ? 'day' : 'days'}`;
    return hours > 0 ? `${dayText} ${hours} h` : dayText;
  }
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

/** The browser's local date and time to the minute: "12/6/2026, 16:20" in a British one. */
export function formatCrossingTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** What a crossing is of: the metric, the threshold and its direction, and how far the forecast looked. */
export interface CrossingContext {
  metric: string;
  threshold: number | null;
  direction: ForecastDirection;
  horizonSeconds: number;
  unit: ScalingMetricUnit;
}

export function crossingContextOf(forecast: ScalingForecast): CrossingContext {
  const { metric, threshold, direction, horizonSeconds } = forecast;
  return { metric, threshold, direction, horizonSeconds, unit: forecastUnitOf(forecast) };
}

/** "cpu above 70% in 3 days 4 h (12/6/2026, 16:20)", "cpu already above 70%", "no crossing within 7 days". */
export function describeCrossing(crossing: ForecastCrossing | null, context: CrossingContext, formatAt: (ms: number) => string = formatCrossingTime): string {
  if (context.threshold === null) return 'no threshold to cross';
  if (crossing === null) return `no crossing within ${formatLeadTime(context.horizonSeconds)}`;
  const bound = `${context.direction} ${formatMetricValue(context.threshold, context.unit)}`;
  // The API answers a crossing at now when the prediction is past the threshold already.
  if (crossing.inSeconds <= 0) return `${context.metric} already ${bound}`;
  return `${context.metric} ${bound} in ${formatLeadTime(crossing.inSeconds)} (${formatAt(Date.parse(crossing.at))})`;
}

/** The same for a table cell whose column names the threshold: "in 3 days 4 h", "already", "none within 7 days". */
export function describeCrossingBriefly(crossing: ForecastCrossing | null, context: CrossingContext): string {
  if (context.threshold === null) return '—';
  if (crossing === null) return `none within ${formatLeadTime(context.horizonSeconds)}`;
  return crossing.inSeconds <= 0 ? 'already' : `in ${formatLeadTime(crossing.inSeconds)}`;
}

/** "+1.2%/h", "−30 ms/h", "flat"; a dash for a slope the API could not compute. */
export function formatSlopePerHour(slopePerSecond: number, unit: ScalingMetricUnit): string {
  if (!Number.isFinite(slopePerSecond)) return '—';
  const perHour = slopePerSecond * SECONDS_PER_HOUR;
  if (perHour === 0) return 'flat';
  return `${perHour > 0 ? '+' : '−'}${formatMetricValue(Math.abs(perHour), unit)}/h`;
}

/** An instance by its name; a stored series by its labels. */
export function seriesName(labels: Record<string, string>): string {
  if (labels.instance !== undefined && Object.keys(labels).length === 1) return labels.instance;
  const text = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(', ');
  return text === '' ? 'all series' : text;
}

export interface MethodSummary {
  method: ForecastMethod;
  label: string;
  /** The crossing in words, or why the method has no forecast. */
  sentence: string;
  /** "42% now, +1.2%/h, 63% in 7 days"; null without a forecast. */
  detail: string | null;
}

function missingForecast(series: SeriesForecast | null): string {
  const count = series?.points.length ?? 0;
  if (count < 2) return `no forecast: ${count === 1 ? 'one point' : 'no point'} in the window, two needed`;
  return 'no forecast: the values fitted are not all finite';
}

/** What each method the API ran says about the service's mean, in the order it ran them. */
export function methodSummaries(forecast: ScalingForecast, formatAt: (ms: number) => string = formatCrossingTime): MethodSummary[] {
  const context = crossingContextOf(forecast);
  const { mean } = forecast;
  return forecast.methods.map((method) => {
    const label = FORECAST_METHOD_LABELS[method];
    const result = mean?.[method] ?? null;
    if (!result) return { method, label, sentence: missingForecast(mean), detail: null };
    const { unit, horizonSeconds } = context;
    return {
      method,
      label,
      sentence: describeCrossing(result.crossing, context, formatAt),
      detail: `${formatMetricValue(result.value, unit)} now, ${formatSlopePerHour(result.slopePerSecond, unit)}, ${formatMetricValue(result.predicted, unit)} in ${formatLeadTime(horizonSeconds)}`,
    };
  });
}
