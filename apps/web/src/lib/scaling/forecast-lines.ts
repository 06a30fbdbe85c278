import { FORECAST_METHODS, type MethodForecast, type MetricPoint, type ScalingForecast } from '@vigil/types';
import type { Unit } from '../format/units';
import type { ScalingMetricUnit } from './metric-format';

/** Times between now and the horizon each straight line is drawn at, so the cursor reads the forecast along the way. */
const FUTURE_STEPS = 24;
/** A crossing is marked by an upright line: from 0 at its time to the threshold 1 ms later. */
const MARK_WIDTH_MS = 1;

/** How the chart formats a scaling metric's values: percent, milliseconds, or the bare number. */
export const CHART_UNITS: Record<ScalingMetricUnit, Unit> = { ratio: 'ratio', seconds: 'seconds', plain: 'count' };

export interface ForecastLine {
  label: string;
  points: MetricPoint[];
}

export interface ForecastChart {
  /** The mean's points, each method's line, the threshold and a mark at each crossing; empty ones left out. */
  lines: ForecastLine[];
  /** Epoch ms: the fitted window, widened to the first point, through now to the horizon. */
  range: { from: number; to: number };
}

const LINE_LABELS = { linear: 'linear fit', holt: "Holt's forecast" } as const;
const MARK_LABELS = { linear: 'linear crossing', holt: "Holt's crossing" } as const;

/** A method's prediction as a line: its value now and its slope per second, at any time. */
export function predictionAt(method: Pick<MethodForecast, 'value' | 'slopePerSecond'>, nowMs: number, atMs: number): number {
  return method.value + (method.slopePerSecond * (atMs - nowMs)) / 1_000;
}

/**
 * The service's mean as stored, each method's prediction as a straight line (the least-squares
 * line from the first point, Holt's from the last, where its level stands) to the horizon, the
 * threshold across the whole range and an upright mark at each crossing. The chart leaves a gap
 * where a line has no point at a time another line has, so every straight line gets a point at
 * every time any line has within its extent. No point in the mean, no line at all.
 */
export function forecastChartOf(forecast: ScalingForecast): ForecastChart {
  const now = Date.parse(forecast.at);
  const horizonEnd = now + forecast.horizonSeconds * 1_000;
  const points = forecast.mean?.points ?? [];
  const firstAt = points[0]?.[0];
  const lastAt = points.at(-1)?.[0];
  const { threshold } = forecast;

  const methods = FORECAST_METHODS.flatMap((method) => {
    const result = forecast.mean?.[method] ?? null;
    return result ? [{ method, result }] : [];
  });
  const crossings = threshold === null ? [] : methods.flatMap(({ method, result }) => (result.crossing ? [{ method, at: Date.parse(result.crossing.at) }] : []));
  const markTimes = crossings.flatMap(({ at }) => [at, at + MARK_WIDTH_MS]);

  const from = Math.min(Date.parse(forecast.from), firstAt ?? Number.POSITIVE_INFINITY);
  const to = markTimes.reduce((latest, at) => Math.max(latest, at), horizonEnd);
  const future = Array.from({ length: FUTURE_STEPS + 1 }, (_, index) => now + ((horizonEnd - now) * index) / FUTURE_STEPS);
  const times = [...new Set([from, ...points.map(([at]) => at), ...future, ...markTimes])].sort((a, b) => a - b);
  const within = (start: number) => times.filter((at) => at >= start && at <= to);

  // Without history there is nothing to carry on: the chart says it has no samples.
  if (points.length === 0) return { lines: [], range: { from, to } };
  const lines: ForecastLine[] = [{ label: 'service mean', points }];
  for (const { method, result } of methods) {
    const start = method === 'linear' ? firstAt : lastAt;
    if (start === undefined) continue;
    lines.push({ label: LINE_LABELS[method], points: within(start).map((at): MetricPoint => [at, predictionAt(result, now, at)]) });
  }
  if (threshold !== null) {
    lines.push({ label: 'threshold', points: within(from).map((at): MetricPoint => [at, threshold]) });
    for (const { method, at } of crossings) {
      lines.push({
        label: MARK_LABELS[method],
        points: [
          [at, 0],
          [at + MARK_WIDTH_MS, threshold],
        ],
      });
    }
  }
  return { lines: lines.filter((line) => line.points.length > 0), range: { from, to } };
}
