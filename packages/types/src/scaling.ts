/**
 * Scalability: the replica count the Kubernetes Horizontal Pod Autoscaler
 * (autoscaling/v2) would choose, for the stateless recommend route. Field names and
 * limits follow the HPA's spec where one exists (`minReplicas`, `behavior.scaleUp`,
 * `policies[].periodSeconds` …); times are RFC 3339.
 */
import { z } from 'zod';
import { Rfc3339, text, Timestamp, wholeNumber } from './fields.js';

/** Replica counts are int32 in the Kubernetes API. */
export const MAX_REPLICAS = 2_147_483_647;
export const MAX_SCALING_METRICS = 20;
/** Instances of one metric: more pods than one recommendation should carry. */
export const MAX_SCALING_INSTANCES = 1_000;
export const MAX_SCALING_POLICIES = 10;
/**
 * History kept per direction. The controller records one recommendation per sync (15 s
 * by default) over the longest window (3600 s: 240) and scale events over the longest
 * policy period (1800 s: 120).
 */
export const MAX_SCALING_HISTORY = 500;
/** `MaxStabilizationWindowSeconds` and `MaxPeriodSeconds` of the HPA's validation. */
export const MAX_STABILIZATION_WINDOW_SECONDS = 3_600;
export const MAX_POLICY_PERIOD_SECONDS = 1_800;
/** `--horizontal-pod-autoscaler-tolerance`, the default of both KEP-4951 tolerances. */
export const DEFAULT_SCALING_TOLERANCE = 0.1;

const Replicas = wholeNumber(0, MAX_REPLICAS);

/** KEP-4951 allows any tolerance from 0 up; above 1 a scale-down tolerance disables scaling down. */
const Tolerance = z
  .number({ error: 'must be a number of at least 0' })
  .min(0, 'must be a number of at least 0')
  .meta({ example: 0.05 });

const MetricValue = z.number({ error: 'must be a number of at least 0' }).min(0, 'must be a number of at least 0');

export const SCALING_POLICY_TYPES = ['Pods', 'Percent'] as const;
export const ScalingPolicyType = z.enum(SCALING_POLICY_TYPES);
export type ScalingPolicyType = z.infer<typeof ScalingPolicyType>;

/** `Max` takes the policy allowing the largest change, `Min` the smallest; `Disabled` forbids the direction. */
export const SELECT_POLICIES = ['Max', 'Min', 'Disabled'] as const;
export const SelectPolicy = z.enum(SELECT_POLICIES);
export type SelectPolicy = z.infer<typeof SelectPolicy>;

/** How much one direction may change within `periodSeconds`, counted from the scale events in it. */
export const ScalingPolicy = z.strictObject({
  type: ScalingPolicyType,
  /** Pods added or removed, or a percentage of the count at the start of the period. */
  value: wholeNumber(1, MAX_REPLICAS),
  periodSeconds: wholeNumber(1, MAX_POLICY_PERIOD_SECONDS),
});
export type ScalingPolicy = z.infer<typeof ScalingPolicy>;

const StabilizationWindowSeconds = wholeNumber(0, MAX_STABILIZATION_WINDOW_SECONDS);
const Policies = z
  .array(ScalingPolicy)
  .min(1, `must be an array of 1 to ${MAX_SCALING_POLICIES} policies`)
  .max(MAX_SCALING_POLICIES, `must be an array of 1 to ${MAX_SCALING_POLICIES} policies`);

/** One direction's rules as the controller applies them: every field filled but the tolerance. */
export const ScalingRules = z.strictObject({
  stabilizationWindowSeconds: StabilizationWindowSeconds,
  selectPolicy: SelectPolicy,
  policies: Policies,
  /** KEP-4951 tolerance of this direction; a metric's own tolerance wins over it. */
  tolerance: Tolerance.optional(),
});
export type ScalingRules = z.infer<typeof ScalingRules>;

/** Kubernetes' scale-up default: the larger of 4 pods or 100 % per 15 s, no stabilization. */
export const DEFAULT_SCALE_UP: ScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};

/**
 * Kubernetes' scale-down default: everything may go within 15 s, after the highest
 * recommendation of the last 300 s (`--horizontal-pod-autoscaler-downscale-stabilization`).
 */
export const DEFAULT_SCALE_DOWN: ScalingRules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

/** Rules as written: each field left out takes the direction's default, as the API server fills them. */
function scalingRulesInput(defaults: ScalingRules) {
  return z.strictObject({
    stabilizationWindowSeconds: StabilizationWindowSeconds.default(defaults.stabilizationWindowSeconds),
    selectPolicy: SelectPolicy.default(defaults.selectPolicy),
    policies: Policies.default(() => defaults.policies.map((policy) => ({ ...policy }))),
    tolerance: Tolerance.optional(),
  });
}

/**
 * The HPA's `spec.behavior`. Present (even `{}`), the controller applies stabilization
 * windows and policies; absent, it applies its older fixed rules: scale-down
 * stabilization of 300 s and at most max(2 × current, 4) on a scale-up.
 */
export const ScalingBehavior = z.strictObject({
  scaleUp: scalingRulesInput(DEFAULT_SCALE_UP).prefault({}),
  scaleDown: scalingRulesInput(DEFAULT_SCALE_DOWN).prefault({}),
});
export type ScalingBehavior = z.output<typeof ScalingBehavior>;

/**
 * One instance (pod) of a per-instance metric. `ready: false` marks an instance the
 * controller sets aside: a pending pod, or for CPU one not ready yet or still starting.
 * A ready instance without `value` has a missing metric.
 */
export const ScalingInstance = z.strictObject({
  name: text(253),
  value: MetricValue.optional(),
  ready: z.boolean().default(true),
});
export type ScalingInstance = z.output<typeof ScalingInstance>;

/**
 * A metric and its target. Either `current`, one value for the whole workload (an
 * Object or External metric: desired = ⌈current / target × ready replicas⌉), or
 * `instances`, one value per instance (a Pods or Resource metric: their average is
 * compared with the target, and missing and not-ready instances are handled as the HPA
 * does).
 */
export const ScalingMetricInput = z
  .strictObject({
    name: text(128),
    current: MetricValue.optional(),
    target: z.number({ error: 'must be a number above 0' }).gt(0, 'must be a number above 0'),
    /** Default: the behavior's tolerance of that direction, else 0.1. */
    scaleUpTolerance: Tolerance.optional(),
    scaleDownTolerance: Tolerance.optional(),
    instances: z
      .array(ScalingInstance)
      .max(MAX_SCALING_INSTANCES, `must be an array of at most ${MAX_SCALING_INSTANCES} instances`)
      .optional(),
  })
  .superRefine((metric, ctx) => {
    if (metric.current === undefined && metric.instances === undefined) {
      ctx.addIssue({ code: 'custom', path: ['current'], message: 'is required unless instances are given' });
    }
    if (metric.current !== undefined && metric.instances !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['current'], message: 'must be left out when instances are given: their average is the current value' });
    }
    const seen = new Set<string>();
    metric.instances?.forEach((instance, index) => {
      if (seen.has(instance.name)) ctx.addIssue({ code: 'custom', path: ['instances', index, 'name'], message: 'is used twice' });
      seen.add(instance.name);
    });
  });
export type ScalingMetricInput = z.input<typeof ScalingMetricInput>;
export type ScalingMetric = z.output<typeof ScalingMetricInput>;

/** A recommendation the autoscaler made earlier: the metrics' proposal, before stabilization. */
export const ScalingRecommendationRecord = z.strictObject({ at: Rfc3339, replicas: Replicas });
export type ScalingRecommendationRecord = z.infer<typeof ScalingRecommendationRecord>;

/** A rescale the autoscaler made. */
export const ScaleEvent = z
  .strictObject({ at: Rfc3339, from: Replicas, to: Replicas })
  .refine((event) => event.from !== event.to, { path: ['to'], message: 'must differ from from: a scale event changes the count' });
export type ScaleEvent = z.infer<typeof ScaleEvent>;

const historyList = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_SCALING_HISTORY, `must be an array of at most ${MAX_SCALING_HISTORY} entries`);

/** What the controller remembers about this autoscaler between evaluations. */
export const ScalingHistory = z.strictObject({
  /**
   * Left out, the autoscaler has no record yet and, as the controller, counts the
   * current count as recommended now: a new autoscaler waits a full scale-down window
   * before scaling down. `[]` is a record with nothing in it.
   */
  recommendations: historyList(ScalingRecommendationRecord).optional(),
  events: historyList(ScaleEvent).default([]),
  /**
   * The controller's `ScaledToZero` condition: the autoscaler itself last took the
   * workload to zero. Without it a workload at zero was scaled down by hand and
   * autoscaling stays off (`ScalingDisabled`).
   */
  scaledToZero: z.boolean().default(false),
});
export type ScalingHistory = z.output<typeof ScalingHistory>;

/** Body of the stateless recommend route. */
export const ScalingRecommendationInput = z
  .strictObject({
    /** The workload's `spec.replicas`. */
    currentReplicas: Replicas,
    /** Ready instances, for metrics given as one `current` value; default `currentReplicas`. */
    readyReplicas: Replicas.optional(),
    /** 0 only with a whole-workload metric, as Kubernetes allows scaling to zero only with an Object or External metric. */
    minReplicas: Replicas.default(1),
    maxReplicas: wholeNumber(1, MAX_REPLICAS),
    metrics: z
      .array(ScalingMetricInput)
      .min(1, `must be an array of 1 to ${MAX_SCALING_METRICS} metrics`)
      .max(MAX_SCALING_METRICS, `must be an array of 1 to ${MAX_SCALING_METRICS} metrics`),
    behavior: ScalingBehavior.optional(),
    history: ScalingHistory.prefault({}),
    /** The evaluation time; default the server's clock. */
    now: Rfc3339.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.maxReplicas < input.minReplicas) {
      ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: `must be at least minReplicas (${input.minReplicas})` });
    }
    if (input.minReplicas === 0 && input.metrics.every((metric) => metric.instances !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['minReplicas'],
        message: 'may be 0 only with a metric given as one current value for the whole workload (an Object or External metric)',
      });
    }
    const seen = new Set<string>();
    input.metrics.forEach((metric, index) => {
      if (seen.has(metric.name)) ctx.addIssue({ code: 'custom', path: ['metrics', index, 'name'], message: 'is used twice' });
      seen.add(metric.name);
    });
  });
export type ScalingRecommendationInput = z.input<typeof ScalingRecommendationInput>;
/** The body as checked: defaults filled in. */
export type ScalingRecommendationSpec = z.output<typeof ScalingRecommendationInput>;

/**
 * Why the count is what it is. The first five are the controller's `ScalingLimited`
 * reasons. Vigil adds `WithinTolerance` (every metric within its tolerance, so the
 * count stays; the controller says `DesiredWithinRange`), and names the two cases where
 * metrics are not used as the controller's condition does: `ScalingDisabled` (the
 * workload is at zero and the autoscaler did not put it there) and
 * `FailedComputeMetricsReplicas` (no metric usable, or one failed and the others would
 * scale down: the count stays).
 */
export const SCALING_LIMIT_REASONS = [
  'DesiredWithinRange',
  'ScaleUpLimit',
  'TooManyReplicas',
  'ScaleDownLimit',
  'TooFewReplicas',
  'WithinTolerance',
  'ScalingDisabled',
  'FailedComputeMetricsReplicas',
] as const;
export const ScalingLimitReason = z.enum(SCALING_LIMIT_REASONS);
export type ScalingLimitReason = z.infer<typeof ScalingLimitReason>;

/** The controller's `AbleToScale` reasons when a stabilization window changed the recommendation. */
export const STABILIZATION_REASONS = ['ScaleUpStabilized', 'ScaleDownStabilized'] as const;
export const StabilizationReason = z.enum(STABILIZATION_REASONS);
export type StabilizationReason = z.infer<typeof StabilizationReason>;

/** One metric as evaluated against the current count. */
export const ScalingMetricEvaluation = z.object({
  name: z.string(),
  /** The metric's value, or the average over the ready instances that reported; null when none did. */
  current: z.number().nullable(),
  target: z.number(),
  /** current / target; null when the metric could not be used. */
  ratio: z.number().nullable(),
  /**
   * The ratio once missing instances are assumed at the target (scale-down) or 0
   * (scale-up) and not-ready ones at 0 (scale-up); null when no assumption was needed.
   */
  adjustedRatio: z.number().nullable(),
  /** The count this metric asks for; null when it could not be used. */
  desiredReplicas: z.number().int().nullable(),
  /** The count stays because the (adjusted) ratio is within the tolerance. */
  withinTolerance: z.boolean(),
  tolerance: z.object({ scaleUp: z.number(), scaleDown: z.number() }),
  /** Instances the calculation used as ready, found without a value, and set aside as not ready. */
  instances: z.object({ ready: z.number().int(), missing: z.number().int(), notReady: z.number().int() }),
  /** Why the metric could not be used; null when it could. */
  problem: z.string().nullable(),
});
export type ScalingMetricEvaluation = z.infer<typeof ScalingMetricEvaluation>;

/** Answer of the stateless recommend route. */
export const ScalingRecommendation = z.object({
  currentReplicas: z.number().int(),
  /** The count the autoscaler would set now. */
  desiredReplicas: z.number().int(),
  /**
   * The largest count the metrics ask for, before stabilization and limits (the
   * controller's prenormalized recommendation). Keep it with `at` in
   * `history.recommendations`. Null when the metrics were not used (see `limitedBy`).
   */
  proposedReplicas: z.number().int().nullable(),
  /** `proposedReplicas` after the stabilization windows, before min/max and policy limits. */
  stabilizedReplicas: z.number().int().nullable(),
  limitedBy: ScalingLimitReason,
  /** Set when a stabilization window changed the proposal. */
  stabilizedBy: StabilizationReason.nullable(),
  /** The metric whose count won; null when the metrics were not used. */
  decidingMetric: z.string().nullable(),
  metrics: z.array(ScalingMetricEvaluation),
  /** The evaluation time. A change of count is a scale event to keep in `history.events`. */
  at: Timestamp,
});
export type ScalingRecommendation = z.infer<typeof ScalingRecommendation>;
