/** Custom metrics, stored history, rollups and the query API (`/api/v1/metrics`). */

export type CustomMetricType = 'counter' | 'gauge';

/** One sample in `POST /api/v1/metrics`. A counter's `value` is an increment (≥ 0). */
export interface CustomMetricSample {
  name: string;
  type: CustomMetricType;
  value: number;
  labels?: Record<string, string>;
  /** Unix milliseconds or RFC 3339; defaults to the time of receipt. */
  timestamp?: number | string;
}

export interface CustomMetricsAccepted {
  accepted: number;
}

/** Stored resolutions, finest first. `raw` is one point per collection tick. */
export const METRIC_RESOLUTIONS = ['raw', '1m', '5m', '1h', '1d'] as const;
export type MetricResolution = (typeof METRIC_RESOLUTIONS)[number];

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
export type MetricQueryFunction = (typeof METRIC_QUERY_FUNCTIONS)[number];

/** Query string of `GET /api/v1/metrics/query`. */
export interface MetricQueryParams {
  name: string;
  /** Equality matchers: `key=value,key2=value2`. */
  labels?: string;
  /** RFC 3339 or Unix milliseconds; defaults to one hour before `to`. */
  from?: string;
  /** RFC 3339 or Unix milliseconds; defaults to now. */
  to?: string;
  /** A duration (`15s`, `1m`, `1h`) or milliseconds; defaults to range / 240. */
  step?: string;
  fn?: MetricQueryFunction;
}

/** `[unix ms, value]` */
export type MetricPoint = [number, number];

export interface MetricSeries {
  labels: Record<string, string>;
  points: MetricPoint[];
}

export interface MetricQueryResult {
  name: string;
  fn: MetricQueryFunction;
  resolution: MetricResolution;
  stepMs: number;
  from: number;
  to: number;
  series: MetricSeries[];
}

export type StoredMetricType = 'counter' | 'gauge' | 'histogram';

export interface MetricCatalogEntry {
  name: string;
  type: StoredMetricType | 'summary';
  help: string;
  labelKeys: string[];
  /** True when the metric is in this instance's registry now (not only in history). */
  isLive: boolean;
}
