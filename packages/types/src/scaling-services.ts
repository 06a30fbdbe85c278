/**
 * Scalability per service: the stored policy (replica bounds, HPA behavior, and per
 * metric a stored query with a target and two tolerances), the live recommendation of
 * each service, and the decision log.
 */
import { z } from 'zod';
import { AlertAggregation } from './alerts.js';
import { duration, intParam, LabelName, MetricName, text, Timestamp, wholeNumber } from './fields.js';
import { ScalingBehavior, ScalingLimitReason, ScalingMetricEvaluation, StabilizationReason } from './scaling.js';

/** Vigil's own instances, the one service watched until services register. */
export const VIGIL_SERVICE = 'vigil';
export const ServiceName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'must match ^[a-z0-9][a-z0-9._-]*$ and be at most 63 characters');

export const ServiceParams = z.strictObject({ service: ServiceName });
export type ServiceParams = z.infer<typeof ServiceParams>;

const MAX_POLICY_REPLICAS = 10_000;
const replicas = (min: number) => wholeNumber(min, MAX_POLICY_REPLICAS);

const matchers = z.record(LabelName, text(1_024)).refine((m) => Object.keys(m).length <= 10, 'must have at most 10 matchers');

/**
 * Where a metric's per-instance values come from: a stored metric aggregated over a
 * window per `instance`, as an alert rule's query (`ratioOf` makes an error ratio).
 */
export const ScalingMetricSource = z.strictObject({
  metric: MetricName,
  matchers: matchers.default({}),
  aggregation: AlertAggregation,
  /** Averaged per instance over this window, e.g. `1m`. */
  window: duration({ min: 15_000, max: 3_600_000 }),
  ratioOf: matchers.optional(),
});
export type ScalingMetricSource = z.output<typeof ScalingMetricSource>;

const tolerance = z.number({ error: 'must be a number from 0 to 10' }).min(0, 'must be a number from 0 to 10').max(10, 'must be a number from 0 to 10');

/** One metric of a policy: the HPA's target and KEP-4951 tolerances over a stored source. */
export const ServiceScalingMetric = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'must match ^[a-z][a-z0-9_]*$ and be at most 48 characters'),
  source: ScalingMetricSource,
  target: z.number({ error: 'must be a number above 0' }).gt(0, 'must be a number above 0'),
  scaleUpTolerance: tolerance,
  scaleDownTolerance: tolerance,
});
export type ServiceScalingMetric = z.output<typeof ServiceScalingMetric>;

/** The band a target and its tolerances stand for: scale up above `up`, down below `down`. */
export interface ScalingBand {
  up: number;
  down: number;
}

/** `target × (1 + scaleUpTolerance)` and `target × (1 − scaleDownTolerance)`: where the HPA starts to act. */
export function bandOf(metric: Pick<ServiceScalingMetric, 'target' | 'scaleUpTolerance' | 'scaleDownTolerance'>): ScalingBand {
  return { up: metric.target * (1 + metric.scaleUpTolerance), down: metric.target * (1 - metric.scaleDownTolerance) };
}

/**
 * The target and tolerances whose band is exactly `up`/`down`: the midpoint, and the
 * half-width as a share of it (up 70 %, down 30 % → target 50 %, tolerance 0.4).
 */
export function targetOfBand({ up, down }: ScalingBand): { target: number; scaleUpTolerance: number; scaleDownTolerance: number } {
  const target = decimal((up + down) / 2);
  const tolerance = decimal((up - down) / (up + down));
  return { target, scaleUpTolerance: tolerance, scaleDownTolerance: tolerance };
}

/** Twelve significant digits: 0.4, not the 0.39999999999999997 that (0.7 − 0.3) / 1 gives. */
const decimal = (value: number) => Number(value.toPrecision(12));

const seed = (name: string, source: z.input<typeof ScalingMetricSource>, band: ScalingBand): ServiceScalingMetric => ({
  name,
  source: { matchers: {}, ...source },
  ...targetOfBand(band),
});

/**
 * The seeds' thresholds as HPA targets: CPU up 70 % / down 30 %, memory 80 % / 50 %,
 * p95 response time 2000 ms / 500 ms, requests in flight per instance 100 / 10, error
 * rate 5 % / 1 %. Sources are Vigil's own stored metrics (ratios and seconds).
 */
export const DEFAULT_SCALING_METRICS: readonly ServiceScalingMetric[] = [
  seed('cpu', { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', window: '1m' }, { up: 0.7, down: 0.3 }),
  seed('memory', { metric: 'vigil_system_memory_utilisation_ratio', aggregation: 'avg', window: '1m' }, { up: 0.8, down: 0.5 }),
  seed('response_time_p95', { metric: 'vigil_http_request_duration_seconds', aggregation: 'p95', window: '5m' }, { up: 2, down: 0.5 }),
  seed('requests_in_flight', { metric: 'vigil_http_requests_in_flight', aggregation: 'avg', window: '1m' }, { up: 100, down: 10 }),
  seed('error_rate', { metric: 'vigil_http_requests_total', aggregation: 'increase', window: '5m', ratioOf: { status_class: '5xx' } }, { up: 0.05, down: 0.01 }),
];

/**
 * The defaults for a service Vigil scrapes, on the standard names `@vigil/nestjs` (and
 * prom-client, and OpenTelemetry's HTTP conventions) expose: CPU as the share of one
 * core (`rate(process_cpu_seconds_total)`, up 70 % / down 30 %) and p95 response time
 * (2000 ms / 500 ms). Memory and error rate have no standard ratio to target: add them
 * to the policy with the service's own metrics.
 */
export const DEFAULT_SERVICE_SCALING_METRICS: readonly ServiceScalingMetric[] = [
  seed('cpu', { metric: 'process_cpu_seconds_total', aggregation: 'rate', window: '1m' }, { up: 0.7, down: 0.3 }),
  seed('response_time_p95', { metric: 'http_server_request_duration_seconds', aggregation: 'p95', window: '5m' }, { up: 2, down: 0.5 }),
];

/** A policy's default metrics: Vigil's own for Vigil, the standard names for a scraped service. */
export const defaultScalingMetrics = (service: string): ServiceScalingMetric[] =>
  (service === VIGIL_SERVICE ? DEFAULT_SCALING_METRICS : DEFAULT_SERVICE_SCALING_METRICS).map((m) => ({ ...m, source: { ...m.source } }));
export const DEFAULT_MIN_REPLICAS = 2;
export const DEFAULT_MAX_REPLICAS = 20;

/** Kubernetes' DNS-1123 label (a namespace) and subdomain (a Deployment's or StatefulSet's name). */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_WORDS = 'must be a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit';
const SUBDOMAIN_WORDS =
  'must be a DNS-1123 subdomain: at most 253 lower-case letters, digits, "-" and ".", each part starting and ending with a letter or digit';

export const SCALABLE_WORKLOAD_KINDS = ['Deployment', 'StatefulSet'] as const;

/** The workload whose scale subresource the Kubernetes executor sets for the service. */
export const ScalingWorkload = z.strictObject({
  kind: z.enum(SCALABLE_WORKLOAD_KINDS),
  namespace: z.string({ error: LABEL_WORDS }).max(63, LABEL_WORDS).regex(DNS_1123_LABEL, LABEL_WORDS),
  name: z.string({ error: SUBDOMAIN_WORDS }).max(253, SUBDOMAIN_WORDS).regex(DNS_1123_SUBDOMAIN, SUBDOMAIN_WORDS),
});
export type ScalingWorkload = z.infer<typeof ScalingWorkload>;

/** Body of `PUT /api/v1/scaling/policies/:service`; what is left out takes the defaults. */
export const ServiceScalingPolicyInput = z
  .strictObject({
    minReplicas: replicas(1).default(DEFAULT_MIN_REPLICAS),
    maxReplicas: replicas(1).default(DEFAULT_MAX_REPLICAS),
    /** The HPA's `behavior`; left out, its defaults (not its legacy rules: a policy always has a behavior). */
    behavior: ScalingBehavior.prefault({}),
    metrics: z
      .array(ServiceScalingMetric)
      .min(1, 'must be an array of 1 to 10 metrics')
      .max(10, 'must be an array of 1 to 10 metrics')
      // Left out: the service's defaults (defaultScalingMetrics), which depend on whose policy it is.
      .optional(),
    /** What the Kubernetes executor scales; left out, none (the webhook executor needs none). */
    workload: ScalingWorkload.optional(),
  })
  .superRefine((policy, ctx) => {
    if (policy.maxReplicas < policy.minReplicas) {
      ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: `must be at least minReplicas (${policy.minReplicas})` });
    }
    const seen = new Set<string>();
    policy.metrics?.forEach((metric, index) => {
      if (seen.has(metric.name)) ctx.addIssue({ code: 'custom', path: ['metrics', index, 'name'], message: 'is used twice' });
      seen.add(metric.name);
    });
  });
export type ServiceScalingPolicyInput = z.input<typeof ServiceScalingPolicyInput>;
export type ServiceScalingPolicySpec = z.output<typeof ServiceScalingPolicyInput>;

export const ServiceScalingPolicy = z.object({
  service: z.string(),
  minReplicas: z.number().int(),
  maxReplicas: z.number().int(),
  behavior: ScalingBehavior,
  metrics: z.array(ServiceScalingMetric),
  workload: ScalingWorkload.nullable(),
  /** The seed's toggle: with an executor configured, Vigil applies the desired count. */
  autoScaling: z.boolean(),
  /** No policy was stored: these are the defaults. */
  isDefault: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type ServiceScalingPolicy = z.infer<typeof ServiceScalingPolicy>;

/** Body of `POST /api/v1/scaling/auto-scaling`. */
export const AutoScalingInput = z.strictObject({ service: ServiceName, enabled: z.boolean() });
export type AutoScalingInput = z.infer<typeof AutoScalingInput>;

/** One service's recommendation now (`GET /api/v1/scaling/services`). */
export const ScalingServiceStatus = z.object({
  service: z.string(),
  /** Instances that reported in the last collection intervals. */
  currentReplicas: z.number().int(),
  desiredReplicas: z.number().int(),
  limitedBy: ScalingLimitReason,
  stabilizedBy: StabilizationReason.nullable(),
  decidingMetric: z.string().nullable(),
  metrics: z.array(ScalingMetricEvaluation),
  minReplicas: z.number().int(),
  maxReplicas: z.number().int(),
  autoScaling: z.boolean(),
  at: Timestamp,
});
export type ScalingServiceStatus = z.infer<typeof ScalingServiceStatus>;

/** One entry of the decision log: a change of a service's desired count. */
export const ScalingDecision = z.object({
  id: z.string(),
  service: z.string(),
  at: Timestamp,
  currentReplicas: z.number().int(),
  fromReplicas: z.number().int(),
  toReplicas: z.number().int(),
  limitedBy: ScalingLimitReason,
  decidingMetric: z.string().nullable(),
  /** Whether an executor applied it (a scale event the rate-limit policies count); without one, a recommendation only. */
  applied: z.boolean(),
  /** Why it was not applied, when it was not: the toggle, no executor, a dry run, an HPA on the workload, a failure. */
  note: z.string().nullable(),
});
export type ScalingDecision = z.infer<typeof ScalingDecision>;

/**
 * What the webhook executor posts for each decision it is to apply (`x-vigil-signature:
 * sha256=<hex HMAC of the body>` with a secret). A 2xx answer means applied, unless
 * `dryRun`: then the receiver is asked to check, not to act.
 */
export const ScalingWebhookBody = z.object({
  service: z.string(),
  /** The previous desired count, and the new one to set. */
  from: z.number().int(),
  to: z.number().int(),
  /** Why the count is what it is (`limitedBy`). */
  reason: ScalingLimitReason,
  decidingMetric: z.string().nullable(),
  at: Timestamp,
  dryRun: z.boolean(),
  /** The policy's workload, when one is set. */
  workload: ScalingWorkload.nullable(),
});
export type ScalingWebhookBody = z.infer<typeof ScalingWebhookBody>;

export const ScalingEventsQuery = z.strictObject({
  service: ServiceName.optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export type ScalingEventsQuery = z.infer<typeof ScalingEventsQuery>;
