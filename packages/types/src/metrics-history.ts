/** Custom metrics, stored history, rollups and the query API (`/api/v1/metrics`). */
import { z } from 'zod';
import { labelMap, MetricName, TimeParam, withoutNul } from './fields.js';

export const CUSTOM_METRIC_TYPES = ['counter', 'gauge'] as const;
export const CustomMetricType = z.enum(CUSTOM_METRIC_TYPES);
export type CustomMetricType = z.infer<typeof CustomMetricType>;

/** Names Vigil keeps for its own series. */
export const RESERVED_METRIC_PREFIXES = ['vigil_', '__'] as const;

/**
 * One sample in `POST /api/v1/metrics`. A counter's `value` is an increment (≥ 0). The
 * configured caps (batch size, labels per sample, label value length, series per
 * metric) are the service's: they depend on the instance's settings.
 */
export const CustomMetricSample = z
  .strictObject({
    name: MetricName.refine(
      (name) => !RESERVED_METRIC_PREFIXES.some((prefix) => name.startsWith(prefix)),
      'must not start with vigil_ or __ (reserved)',
    ),
    type: CustomMetricType,
    value: z.number(),
    labels: labelMap({ maxEntries: 64, maxValueLength: 4_096, reserved: ['instance'] }).optional(),
    /** Unix milliseconds or RFC 3339; defaults to the time of receipt. */
    timestamp: z.union([z.number().int().nonnegative(), TimeParam], { error: 'must be Unix milliseconds or RFC 3339' }).optional(),
  })
  .superRefine((sample, ctx) => {
    if (sample.type === 'counter' && sample.value < 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be ≥ 0 for a counter (it is an increment)' });
    }
  });
export type CustomMetricSample = z.input<typeof CustomMetricSample>;

export const CustomMetricBatch = z.array(CustomMetricSample, { error: 'must be a JSON array of samples' }).min(1, 'must hold at least one sample');
export type CustomMetricBatch = z.input<typeof CustomMetricBatch>;

export const CustomMetricsAccepted = z.object({ accepted: z.number().int() });
export type CustomMetricsAccepted = z.infer<typeof CustomMetricsAccepted>;

/** Stored resolutions, finest first. `raw` is one point per collection tick. */
export const METRIC_RESOLUTIONS = ['raw', '1m', '5m', '1h', '1d'] as const;
export const MetricResolution = z.enum(METRIC_RESOLUTIONS);
export type MetricResolution = z.infer<typeof MetricResolution>;

export const METRIC_QUERY_FUNCTIONS = [
  'avg',
  'min',
  'max',
  'sum',
  'count',
  'last',
  'rate',
  'increase',
  'p50',
  'p95',
  'p99',
] as const;
export const MetricQueryFunction = z.enum(METRIC_QUERY_FUNCTIONS);
export type MetricQueryFunction = z.infer<typeof MetricQueryFunction>;

/** Query string of `GET /api/v1/metrics/query`. Range and step limits are the service's. */
export const MetricQueryParams = z.strictObject({
  name: MetricName,
  /** Equality matchers: `key=value,key2=value2`. */
  labels: withoutNul(z.string()).max(4_096).optional(),
  /** RFC 3339 or Unix milliseconds; defaults to one hour before `to`. */
  from: TimeParam.optional(),
  /** RFC 3339 or Unix milliseconds; defaults to now. */
  to: TimeParam.optional(),
  /** A duration (`15s`, `1m`, `1h`) or milliseconds; defaults to range / 240. */
  step: z.string().max(64).optional(),
  fn: MetricQueryFunction.optional(),
});
export type MetricQueryParams = z.infer<typeof MetricQueryParams>;

/** `[unix ms, value]` */
export const MetricPoint = z.tuple([z.number(), z.number()]);
export type MetricPoint = z.infer<typeof MetricPoint>;

export const MetricSeries = z.object({
  labels: z.record(z.string(), z.string()),
  points: z.array(MetricPoint),
});
export type MetricSeries = z.infer<typeof MetricSeries>;

export const MetricQueryResult = z.object({
  name: z.string(),
  fn: MetricQueryFunction,
  resolution: MetricResolution,
  stepMs: z.number(),
  from: z.number(),
  to: z.number(),
  series: z.array(MetricSeries),
});
export type MetricQueryResult = z.infer<typeof MetricQueryResult>;

export const STORED_METRIC_TYPES = ['counter', 'gauge', 'histogram'] as const;
export const StoredMetricType = z.enum(STORED_METRIC_TYPES);
export type StoredMetricType = z.infer<typeof StoredMetricType>;

export const MetricCatalogEntry = z.object({
  name: z.string(),
  type: z.enum([...STORED_METRIC_TYPES, 'summary']),
  help: z.string(),
  labelKeys: z.array(z.string()),
  /** True when the metric is in this instance's registry now (not only in history). */
  isLive: z.boolean(),
});
export type MetricCatalogEntry = z.infer<typeof MetricCatalogEntry>;
export const MetricCatalog = z.array(MetricCatalogEntry);
