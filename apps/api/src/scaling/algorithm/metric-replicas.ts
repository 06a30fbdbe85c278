/**
 * The count one metric asks for, as the HPA's replica calculator computes it
 * (`pkg/controller/podautoscaler/replica_calculator.go`).
 */
import { MAX_REPLICAS, type ScalingInstance, type ScalingMetric, type ScalingMetricEvaluation } from '@vigil/types';

/** Per-direction tolerances on the usage ratio (KEP-4951). */
export interface Tolerances {
  scaleUp: number;
  scaleDown: number;
}

export interface MetricContext {
  currentReplicas: number;
  /** Ready instances, multiplied by the ratio of a whole-workload metric. */
  readyReplicas: number;
  tolerances: Tolerances;
}

/** `Tolerances.isWithin`: both bounds inclusive, so a ratio of exactly 1.1 does not scale up. */
export function isWithinTolerance(ratio: number, tolerances: Tolerances): boolean {
  return 1 - tolerances.scaleDown <= ratio && ratio <= 1 + tolerances.scaleUp;
}

/** The controller saturates at int32 rather than overflow (`getUsageRatioReplicaCount`). */
function ceilReplicas(count: number): number {
  return count > MAX_REPLICAS ? MAX_REPLICAS : Math.ceil(count);
}

function average(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

export function evaluateMetric(metric: ScalingMetric, context: MetricContext): ScalingMetricEvaluation {
  return metric.instances === undefined
    ? evaluateWholeWorkloadMetric(metric, metric.current ?? 0, context)
    : evaluateInstanceMetric(metric, metric.instances, context);
}

/**
 * An Object or External metric with a value target: `getUsageRatioReplicaCount`. The
 * ratio multiplies the ready count; at zero replicas there is no one to count, so the
 * ratio alone decides and the tolerance is not consulted (scale from zero).
 */
function evaluateWholeWorkloadMetric(metric: ScalingMetric, current: number, context: MetricContext): ScalingMetricEvaluation {
  const ratio = current / metric.target;
  const isFromZero = context.currentReplicas === 0;
  const withinTolerance = !isFromZero && isWithinTolerance(ratio, context.tolerances);
  let desiredReplicas: number;
  if (isFromZero) desiredReplicas = ceilReplicas(ratio);
  else if (withinTolerance) desiredReplicas = context.currentReplicas;
  else desiredReplicas = ceilReplicas(ratio * context.readyReplicas);
  return {
    name: metric.name,
    current,
    target: metric.target,
    ratio,
    adjustedRatio: null,
    desiredReplicas,
    withinTolerance,
    tolerance: { ...context.tolerances },
    instances: { ready: context.readyReplicas, missing: 0, notReady: Math.max(0, context.currentReplicas - context.readyReplicas) },
    problem: null,
  };
}

/**
 * A Pods or Resource metric: `calcPlainMetricReplicas` after `groupPods`. Not-ready
 * instances are set aside first (as pending pods are, whether they reported or not), then
 * ready ones without a value are missing.
 */
function evaluateInstanceMetric(metric: ScalingMetric, instances: readonly ScalingInstance[], context: MetricContext): ScalingMetricEvaluation {
  const readyValues = instances.flatMap((instance) => (instance.ready && instance.value !== undefined ? [instance.value] : []));
  const missing = instances.filter((instance) => instance.ready && instance.value === undefined).length;
  const notReady = instances.filter((instance) => !instance.ready).length;
  const base = {
    name: metric.name,
    target: metric.target,
    tolerance: { ...context.tolerances },
    instances: { ready: readyValues.length, missing, notReady },
  };
  if (readyValues.length === 0) {
    // The calculator's errors: "no pods returned by selector" / "did not receive metrics for targeted pods".
    const problem = instances.length === 0 ? 'no instances were given' : 'no ready instance reported a value';
    return { ...base, current: null, ratio: null, adjustedRatio: null, desiredReplicas: null, withinTolerance: false, problem };
  }

  const current = average(readyValues);
  const ratio = current / metric.target;
  const isScaleUpWithNotReady = notReady > 0 && ratio > 1;
  const result = (desiredReplicas: number, withinTolerance: boolean, adjustedRatio: number | null) => ({
    ...base,
    current,
    ratio,
    adjustedRatio,
    desiredReplicas,
    withinTolerance,
    problem: null,
  });

  if (!isScaleUpWithNotReady && missing === 0) {
    if (isWithinTolerance(ratio, context.tolerances)) return result(context.currentReplicas, true, null);
    return result(ceilReplicas(ratio * readyValues.length), false, null);
  }

  // Be conservative about what cannot be seen: on a scale-down a missing instance is
  // assumed at the target, on a scale-up at 0, and a not-ready one at 0 on a scale-up.
  const assumed = [...readyValues];
  if (missing > 0 && ratio < 1) assumed.push(...Array<number>(missing).fill(metric.target));
  if (missing > 0 && ratio > 1) assumed.push(...Array<number>(missing).fill(0));
  if (isScaleUpWithNotReady) assumed.push(...Array<number>(notReady).fill(0));
  const adjustedRatio = average(assumed) / metric.target;

  // No change when the assumptions land within tolerance or reverse the direction.
  if (isWithinTolerance(adjustedRatio, context.tolerances)) return result(context.currentReplicas, true, adjustedRatio);
  if ((ratio < 1 && adjustedRatio > 1) || (ratio > 1 && adjustedRatio < 1)) return result(context.currentReplicas, false, adjustedRatio);

  // Nor when counting the assumed instances reverses it.
  const desiredReplicas = ceilReplicas(adjustedRatio * assumed.length);
  const isReversed =
    (adjustedRatio < 1 && desiredReplicas > context.currentReplicas) || (adjustedRatio > 1 && desiredReplicas < context.currentReplicas);
  return result(isReversed ? context.currentReplicas : desiredReplicas, false, adjustedRatio);
}
