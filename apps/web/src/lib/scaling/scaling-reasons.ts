import type { ScalingLimitReason, StabilizationReason } from '@vigil/types';

/** Why the desired count is what it is, as a line under the count. */
const LIMIT_WORDING: Record<ScalingLimitReason, string> = {
  DesiredWithinRange: 'as the metrics ask, within the replica bounds',
  ScaleUpLimit: 'held by the scale-up policy',
  TooManyReplicas: 'capped at the maximum replicas',
  ScaleDownLimit: 'held by the scale-down policy',
  TooFewReplicas: 'raised to the minimum replicas',
  WithinTolerance: 'every metric within tolerance',
  ScalingDisabled: 'autoscaling off: the service was scaled to zero by hand',
  FailedComputeMetricsReplicas: 'count kept: no metric could be used, or one failed while the others would scale down',
};

const STABILIZATION_WORDING: Record<StabilizationReason, string> = {
  ScaleUpStabilized: 'held by the scale-up stabilization window',
  ScaleDownStabilized: 'held by the scale-down stabilization window',
};

export function describeLimit(reason: ScalingLimitReason): string {
  return LIMIT_WORDING[reason];
}

export function describeStabilization(reason: StabilizationReason): string {
  return STABILIZATION_WORDING[reason];
}

/**
 * The whole story in the controller's order: a stabilization window changes the
 * metrics' proposal first, then the bounds and policies limit what is left.
 */
export function describeDecision(limitedBy: ScalingLimitReason, stabilizedBy: StabilizationReason | null): string {
  if (!stabilizedBy) return describeLimit(limitedBy);
  if (limitedBy === 'DesiredWithinRange') return describeStabilization(stabilizedBy);
  return `${describeStabilization(stabilizedBy)}, then ${describeLimit(limitedBy)}`;
}
