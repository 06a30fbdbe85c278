/**
 * Stabilization windows over past recommendations (`horizontal.go`). Recommendations
 * are the metrics' proposals before stabilization, as the controller records them.
 */
import type { StabilizationReason } from '@vigil/types';

export interface TimedRecommendation {
  atMs: number;
  replicas: number;
}

export interface Stabilized {
  replicas: number;
  stabilizedBy: StabilizationReason | null;
}

/**
 * `stabilizeRecommendation`, for an autoscaler without `behavior`: the highest of the
 * proposal and every recommendation not older than the window. It is not bounded by the
 * current count, so a high recent recommendation can also push a count up.
 */
export function stabilizeWithoutBehavior(
  proposed: number,
  recommendations: readonly TimedRecommendation[],
  windowSeconds: number,
  nowMs: number,
): Stabilized {
  const cutoffMs = nowMs - windowSeconds * 1_000;
  let replicas = proposed;
  for (const recommendation of recommendations) {
    // `timestamp.Before(cutoff)` is old: a recommendation exactly at the cutoff still counts.
    if (recommendation.atMs >= cutoffMs) replicas = Math.max(replicas, recommendation.replicas);
  }
  return { replicas, stabilizedBy: replicas === proposed ? null : 'ScaleDownStabilized' };
}

export interface BehaviorWindows {
  scaleUpSeconds: number;
  scaleDownSeconds: number;
}

/**
 * `stabilizeRecommendationWithBehaviors`: a scale-up goes no higher than the lowest
 * recommendation of the scale-up window, a scale-down no lower than the highest of the
 * scale-down window, and the result stays between the current count and the proposal.
 */
export function stabilizeWithBehavior(
  proposed: number,
  currentReplicas: number,
  recommendations: readonly TimedRecommendation[],
  windows: BehaviorWindows,
  nowMs: number,
): Stabilized {
  const upCutoffMs = nowMs - windows.scaleUpSeconds * 1_000;
  const downCutoffMs = nowMs - windows.scaleDownSeconds * 1_000;
  let upLimit = proposed;
  let downLimit = proposed;
  for (const recommendation of recommendations) {
    // `timestamp.After(cutoff)`: here a recommendation exactly at the cutoff is outside.
    if (recommendation.atMs > upCutoffMs) upLimit = Math.min(upLimit, recommendation.replicas);
    if (recommendation.atMs > downCutoffMs) downLimit = Math.max(downLimit, recommendation.replicas);
  }
  let replicas = currentReplicas;
  if (replicas < upLimit) replicas = upLimit;
  if (replicas > downLimit) replicas = downLimit;
  if (replicas === proposed) return { replicas, stabilizedBy: null };
  return { replicas, stabilizedBy: proposed >= currentReplicas ? 'ScaleUpStabilized' : 'ScaleDownStabilized' };
}
