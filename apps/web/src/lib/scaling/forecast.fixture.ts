import type { MetricPoint, ScalingForecast } from '@vigil/types';

const HOUR = 3_600_000;
/** Evaluated at noon; the window is the six hours before. */
export const FORECAST_NOW = Date.UTC(2026, 5, 9, 12, 0, 0);

/** One point an hour from 06:00 to 11:00, `start` rising 0.02 an hour. */
function hourly(start: number): MetricPoint[] {
  return [0, 1, 2, 3, 4, 5].map((hour): MetricPoint => [FORECAST_NOW - 6 * HOUR + hour * HOUR, Number((start + hour * 0.02).toFixed(2))]);
}

const perSecond = (perHour: number) => perHour / 3_600;
const at = (ms: number) => new Date(ms).toISOString();

/**
 * CPU of two instances over six hours at 1-hour steps, 0.1 either side of a mean rising
 * from 40 % to 50 %, carried a day ahead against the scale-up bound of 70 %. The line is
 * 52 % now and reaches 70 % in 9 hours, at 21:00; Holt's level is 50 % at 11:00 with a
 * trend of 1.8 points an hour, so it reaches 70 % 11 h 6 min 40 s after 11:00. The quieter
 * instance crosses in 14 hours by the line and not within the day by Holt's; the busier
 * one crosses in 4 hours by the line and has no Holt forecast, as if it had too few points.
 */
export const risingCpuForecast: ScalingForecast = {
  service: 'vigil',
  metric: 'cpu',
  source: { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', matchers: {}, ratioOf: null },
  by: 'instance',
  at: at(FORECAST_NOW),
  from: at(FORECAST_NOW - 6 * HOUR),
  horizonSeconds: 86_400,
  stepMs: HOUR,
  resolution: '1h',
  threshold: 0.7,
  direction: 'above',
  methods: ['linear', 'holt'],
  smoothing: 0.3,
  trend: 0.1,
  mean: {
    labels: {},
    current: { at: at(FORECAST_NOW - HOUR), value: 0.5 },
    linear: { value: 0.52, slopePerSecond: perSecond(0.02), predicted: 1, crossing: { at: at(FORECAST_NOW + 9 * HOUR), inSeconds: 32_400 } },
    holt: {
      value: 0.518,
      slopePerSecond: perSecond(0.018),
      predicted: 0.95,
      crossing: { at: at(FORECAST_NOW + 36_400_000), inSeconds: 36_400 },
      level: 0.5,
      trendPerStep: 0.018,
      stepSeconds: 3_600,
    },
    points: hourly(0.4),
  },
  series: [
    {
      labels: { instance: 'vigil-a' },
      current: { at: at(FORECAST_NOW - HOUR), value: 0.4 },
      linear: { value: 0.42, slopePerSecond: perSecond(0.02), predicted: 0.9, crossing: { at: at(FORECAST_NOW + 14 * HOUR), inSeconds: 50_400 } },
      holt: { value: 0.418, slopePerSecond: perSecond(0.01), predicted: 0.66, crossing: null, level: 0.4, trendPerStep: 0.01, stepSeconds: 3_600 },
      points: hourly(0.3),
    },
    {
      labels: { instance: 'vigil-b' },
      current: { at: at(FORECAST_NOW - HOUR), value: 0.6 },
      linear: { value: 0.62, slopePerSecond: perSecond(0.02), predicted: 1.1, crossing: { at: at(FORECAST_NOW + 4 * HOUR), inSeconds: 14_400 } },
      holt: null,
      points: hourly(0.5),
    },
  ],
};
