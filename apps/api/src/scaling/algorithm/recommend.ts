/**
 * The replica count the Kubernetes HPA would set, as one pure function of the request
 * and the time: `reconcileAutoscaler` and `normalizeDesiredReplicas(WithBehaviors)` in
 * `pkg/controller/podautoscaler/horizontal.go`, without the API calls.
 */
import {
  DEFAULT_SCALE_DOWN,
  DEFAULT_SCALING_TOLERANCE,
  type ScalingLimitReason,
  type ScalingMetric,
  type ScalingMetricEvaluation,
  type ScalingRecommendation,
  type ScalingRecommendationSpec,
} from '@vigil/types';
import { proposeReplicas } from './metric-proposal.js';
import type { Tolerances } from './metric-replicas.js';
import { type Limited, limitWithBehavior, limitWithoutBehavior } from './rate-limits.js';
import { recommendationsOf, scaleEventsOf } from './scaling-history.js';
import { type Stabilized, stabilizeWithBehavior, stabilizeWithoutBehavior } from './stabilization.js';

/** `tolerancesForHpa`, with a metric's own tolerance before the behavior's. */
function tolerancesOf(input: ScalingRecommendationSpec) {
  return (metric: ScalingMetric): Tolerances => ({
    scaleUp: metric.scaleUpTolerance ?? input.behavior?.scaleUp.tolerance ?? DEFAULT_SCALING_TOLERANCE,
    scaleDown: metric.scaleDownTolerance ?? input.behavior?.scaleDown.tolerance ?? DEFAULT_SCALING_TOLERANCE,
  });
}

/**
 * At zero replicas the controller computes metrics only if it put the workload there
 * itself (`shouldComputeMetricsForZeroReplicas`): to come back up when minReplicas was
 * raised, or to follow a whole-workload metric. A workload scaled to zero by hand stays.
 */
function canScaleFromZero(input: ScalingRecommendationSpec): boolean {
  const hasWholeWorkloadMetric = input.metrics.some((metric) => metric.instances === undefined);
  return input.history.scaledToZero && (input.minReplicas !== 0 || hasWholeWorkloadMetric);
}

/** All metrics were within tolerance, so the calculator kept the count. */
function isAllWithinTolerance(metrics: readonly ScalingMetricEvaluation[]): boolean {
  return metrics.every((metric) => metric.withinTolerance);
}

/**
 * Recommends the count for `input` at `nowMs` (the caller resolves `input.now` or its
 * clock). The answer's `proposedReplicas` at `at` is the recommendation to record, and a
 * changed count the scale event to record, so that the next call sees what the
 * controller would remember.
 */
export function recommendReplicas(input: ScalingRecommendationSpec, nowMs: number): ScalingRecommendation {
  const { currentReplicas, minReplicas, maxReplicas } = input;
  const proposal = proposeReplicas(input.metrics, {
    currentReplicas,
    readyReplicas: input.readyReplicas ?? currentReplicas,
    tolerancesOf: tolerancesOf(input),
  });
  const answer = (desiredReplicas: number, limitedBy: ScalingLimitReason): ScalingRecommendation => ({
    currentReplicas,
    desiredReplicas,
    proposedReplicas: null,
    stabilizedReplicas: null,
    limitedBy,
    stabilizedBy: null,
    decidingMetric: null,
    metrics: proposal.metrics,
    at: new Date(nowMs).toISOString(),
  });

  // A count outside [min, max] is corrected first, with no metric, stabilization or
  // policy involved; zero is not "below min" but autoscaling switched off.
  if (currentReplicas === 0 && !canScaleFromZero(input)) return answer(0, 'ScalingDisabled');
  if (currentReplicas > maxReplicas) return answer(maxReplicas, 'TooManyReplicas');
  if (currentReplicas !== 0 && currentReplicas < minReplicas) return answer(minReplicas, 'TooFewReplicas');
  if (proposal.replicas === null) return answer(currentReplicas, 'FailedComputeMetricsReplicas');

  const proposedReplicas = proposal.replicas;
  const recommendations = recommendationsOf(input.history, currentReplicas, nowMs);
  let stabilized: Stabilized;
  let limited: Limited;
  if (input.behavior === undefined) {
    stabilized = stabilizeWithoutBehavior(proposedReplicas, recommendations, DEFAULT_SCALE_DOWN.stabilizationWindowSeconds, nowMs);
    limited = limitWithoutBehavior(currentReplicas, stabilized.replicas, minReplicas, maxReplicas);
  } else {
    const { scaleUp, scaleDown } = input.behavior;
    stabilized = stabilizeWithBehavior(
      proposedReplicas,
      currentReplicas,
      recommendations,
      { scaleUpSeconds: scaleUp.stabilizationWindowSeconds, scaleDownSeconds: scaleDown.stabilizationWindowSeconds },
      nowMs,
    );
    limited = limitWithBehavior({
      currentReplicas,
      desiredReplicas: stabilized.replicas,
      minReplicas,
      maxReplicas,
      scaleUp,
      scaleDown,
      events: scaleEventsOf(input.history),
      nowMs,
    });
  }

  let { replicas: desiredReplicas, limitedBy } = limited;
  // Back from zero after minReplicas was raised: at least minReplicas, whatever the
  // policies allowed (the controller's last step of reconcileAutoscaler).
  if (currentReplicas === 0 && minReplicas !== 0 && desiredReplicas < minReplicas) {
    desiredReplicas = minReplicas;
    limitedBy = 'TooFewReplicas';
  }
  if (limitedBy === 'DesiredWithinRange' && desiredReplicas === currentReplicas && isAllWithinTolerance(proposal.metrics)) {
    limitedBy = 'WithinTolerance';
  }
  return {
    ...answer(desiredReplicas, limitedBy),
    proposedReplicas,
    stabilizedReplicas: stabilized.replicas,
    stabilizedBy: stabilized.stabilizedBy,
    decidingMetric: proposal.decidingMetric,
  };
}
