/**
 * The forecast of a service's stored metric: a least-squares line (Prometheus'
 * `predict_linear`) and Holt's double exponential smoothing over a window of history,
 * carried to a horizon, with when each reaches a threshold.
 */
import { z } from 'zod';
import { AlertAggregation } from './alerts.js';
import { duration, MetricName, Timestamp, withoutNul } from './fields.js';
import { parseDuration } from './formats.js';
import { MetricPoint, MetricResolution } from './metrics-history.js';
import { ServiceName } from './scaling-services.js';

const DAY_MS = 86_400_000;
/** Longest history one forecast fits: the 1-minute rollups are kept 7 days by default. */
export const MAX_FORECAST_WINDOW_MS = 7 * DAY_MS;
export const MAX_FORECAST_HORIZON_MS = 90 * DAY_MS;
/** Points per series a forecast fits and answers. */
export const MAX_FORECAST_POINTS = 1_000;

export const FORECAST_METHODS = ['linear', 'holt'] as const;
export const ForecastMethod = z.enum(FORECAST_METHODS);
export type ForecastMethod = z.infer<typeof ForecastMethod>;

export const ForecastDirection = z.enum(['above', 'below']);
export type ForecastDirection = z.infer<typeof ForecastDirection>;

/** Holt's factors when none are given: a level that follows the data, a trend that changes slowly. */
export const DEFAULT_HOLT_SMOOTHING = 0.3;
export const DEFAULT_HOLT_TREND = 0.1;

const DECIMAL = /^[+-]?(\d{1,20}(\.\d{0,20})?|\.\d{1,20})([eE][+-]?\d{1,3})?$/;

/** A finite number in a query string; a client building one may hold the number itself. */
function numberParam(words: string) {
  return z.union([z.number(), z.string().regex(DECIMAL, words).transform(Number)], { error: words }).pipe(z.number({ error: words }));
}

const factorWords = 'must be a number between 0 and 1, both excluded';
const factor = numberParam(factorWords).pipe(z.number().gt(0, factorWords).lt(1, factorWords));

/** Query string of `GET /api/v1/scaling/forecast`. */
export const ScalingForecastQuery = z
  .strictObject({
    service: ServiceName,
    /** A metric of the service's policy (`cpu`); with `aggregation`, any stored metric name. */
    metric: MetricName,
    /** Forecast the stored metric `metric` aggregated per step this way, each stored series apart. */
    aggregation: AlertAggregation.optional(),
    /** Equality matchers `key=value,key2=value2`, narrowing the series read. */
    labels: withoutNul(z.string()).max(4_096, 'is longer than 4096 characters').optional(),
    /** How much history the forecast fits, up to now. */
    window: duration({ min: 60_000, max: MAX_FORECAST_WINDOW_MS }).default('6h'),
    /** How far past now the forecast looks; a crossing after it is not reported. */
    horizon: duration({ min: 60_000, max: MAX_FORECAST_HORIZON_MS }).default('7d'),
    /** One point per step; default the finest of the collection interval, 1m, 5m, 15m, 1h that keeps the window within the points limit. */
    step: duration({ min: 1_000, max: DAY_MS }).optional(),
    /** Default: a policy metric's scale-up bound (`target × (1 + scaleUpTolerance)`), its scale-down bound for `below`. */
    threshold: numberParam('must be a finite number').optional(),
    direction: ForecastDirection.default('above'),
    /** Default both. */
    method: ForecastMethod.optional(),
    /** Holt's smoothing factor sf, in (0, 1). */
    smoothing: factor.default(DEFAULT_HOLT_SMOOTHING),
    /** Holt's trend factor tf, in (0, 1). */
    trend: factor.default(DEFAULT_HOLT_TREND),
  })
  .superRefine((query, ctx) => {
    const windowMs = parseDuration(query.window);
    const stepMs = query.step === undefined ? undefined : parseDuration(query.step);
    if (windowMs === undefined || stepMs === undefined || stepMs === 0) return;
    if (stepMs * 2 > windowMs) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'must be at most half the window, for two points to fit' });
    } else if (Math.ceil(windowMs / stepMs) > MAX_FORECAST_POINTS) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: `gives ${Math.ceil(windowMs / stepMs)} points per series, above the limit of ${MAX_FORECAST_POINTS}: use a larger step` });
    }
  });
export type ScalingForecastQuery = z.input<typeof ScalingForecastQuery>;
export type ScalingForecastSpec = z.output<typeof ScalingForecastQuery>;

/** When a prediction reaches the threshold: now when it is there already. */
export const ForecastCrossing = z.object({ at: Timestamp, inSeconds: z.number() });
export type ForecastCrossing = z.infer<typeof ForecastCrossing>;

/** One method's prediction of one series. */
export const MethodForecast = z.object({
  /** The prediction now. */
  value: z.number(),
  slopePerSecond: z.number(),
  /** The prediction at now + horizon. */
  predicted: z.number(),
  /** Null when it does not reach the threshold by the horizon (or there is no threshold). */
  crossing: ForecastCrossing.nullable(),
});
export type MethodForecast = z.infer<typeof MethodForecast>;

/**
 * Holt's prediction, with the smoothed level at the last point and the trend per step.
 * Points are taken as consecutive steps; a step is their mean spacing.
 */
export const HoltForecast = MethodForecast.extend({ level: z.number(), trendPerStep: z.number(), stepSeconds: z.number() });
export type HoltForecast = z.infer<typeof HoltForecast>;

export const SeriesForecast = z.object({
  labels: z.record(z.string(), z.string()),
  /** The last point. */
  current: z.object({ at: Timestamp, value: z.number() }).nullable(),
  /** Null when not asked for or under two points. */
  linear: MethodForecast.nullable(),
  holt: HoltForecast.nullable(),
  /** The points fitted, oldest first. */
  points: z.array(MetricPoint),
});
export type SeriesForecast = z.infer<typeof SeriesForecast>;

export const ScalingForecast = z.object({
  service: z.string(),
  metric: z.string(),
  /** What was read: the policy metric's source, or the stored metric asked for. */
  source: z.object({
    metric: z.string(),
    aggregation: AlertAggregation,
    matchers: z.record(z.string(), z.string()),
    ratioOf: z.record(z.string(), z.string()).nullable(),
  }),
  /** Per instance for a policy metric, per stored series otherwise. */
  by: z.enum(['instance', 'series']),
  /** The history fitted is (from, at], as a Prometheus range ending now. */
  at: Timestamp,
  from: Timestamp,
  horizonSeconds: z.number(),
  stepMs: z.number().int(),
  resolution: MetricResolution,
  threshold: z.number().nullable(),
  direction: ForecastDirection,
  methods: z.array(ForecastMethod),
  smoothing: z.number(),
  trend: z.number(),
  /** The mean of the series at each step: the service's value, as the HPA averages instances. */
  mean: SeriesForecast.nullable(),
  series: z.array(SeriesForecast),
});
export type ScalingForecast = z.infer<typeof ScalingForecast>;
