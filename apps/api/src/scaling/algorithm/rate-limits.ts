/**
 * The bounds on a stabilized recommendation: minReplicas, maxReplicas and how fast the
 * count may change (`horizontal.go`).
 */
import type { ScalingLimitReason, ScalingRules } from '@vigil/types';

/** A past rescale in one direction, by how many replicas (always positive). */
export interface TimedScaleEvent {
  atMs: number;
  change: number;
}

export interface ScaleEvents {
  up: readonly TimedScaleEvent[];
  down: readonly TimedScaleEvent[];
}

export interface Limited {
  replicas: number;
  limitedBy: ScalingLimitReason;
}

/** `getReplicasChangePerPeriod`: replicas changed by events strictly inside the last period. */
export function replicasChangedInPeriod(periodSeconds: number, events: readonly TimedScaleEvent[], nowMs: number): number {
  const cutoffMs = nowMs - periodSeconds * 1_000;
  return events.reduce((total, event) => (event.atMs > cutoffMs ? total + event.change : total), 0);
}

/** The count at the start of a policy's period, undoing the changes made within it. */
function periodStartReplicas(currentReplicas: number, periodSeconds: number, events: ScaleEvents, nowMs: number): number {
  return currentReplicas - replicasChangedInPeriod(periodSeconds, events.up, nowMs) + replicasChangedInPeriod(periodSeconds, events.down, nowMs);
}

/**
 * `calculateScaleUpLimitWithScalingRules`: the highest count the policies allow now.
 * `Max` picks the policy allowing the most, `Min` the least; a Percent policy rounds up
 * so that a small count can still grow.
 */
export function scaleUpLimit(currentReplicas: number, events: ScaleEvents, rules: ScalingRules, nowMs: number): number {
  if (rules.selectPolicy === 'Disabled') return currentReplicas;
  const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
  let limit = rules.selectPolicy === 'Min' ? Infinity : -Infinity;
  for (const policy of rules.policies) {
    const start = periodStartReplicas(currentReplicas, policy.periodSeconds, events, nowMs);
    const proposed = policy.type === 'Pods' ? start + policy.value : Math.ceil(start * (1 + policy.value / 100));
    limit = pick(limit, proposed);
  }
  return limit;
}

/**
 * `calculateScaleDownLimitWithBehaviors`: the lowest count the policies allow now.
 * `Max` picks the policy removing the most (the lowest count), `Min` the least; a Percent
 * policy truncates toward zero as Go's int32 conversion does.
 */
export function scaleDownLimit(currentReplicas: number, events: ScaleEvents, rules: ScalingRules, nowMs: number): number {
  if (rules.selectPolicy === 'Disabled') return currentReplicas;
  const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
  let limit = rules.selectPolicy === 'Min' ? -Infinity : Infinity;
  for (const policy of rules.policies) {
    const start = periodStartReplicas(currentReplicas, policy.periodSeconds, events, nowMs);
    const proposed = policy.type === 'Pods' ? start - policy.value : Math.trunc(start * (1 - policy.value / 100));
    limit = pick(limit, proposed);
  }
  return limit;
}

export interface BehaviorLimitArgs {
  currentReplicas: number;
  desiredReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
  events: ScaleEvents;
  nowMs: number;
}

/**
 * `convertDesiredReplicasWithBehaviorRate`. A policy limit never reverses the direction:
 * after many recent scale-ups the limit may fall below the current count, which then
 * simply stays until those events leave the period.
 */
export function limitWithBehavior(args: BehaviorLimitArgs): Limited {
  const { currentReplicas, desiredReplicas, minReplicas, maxReplicas } = args;
  if (desiredReplicas > currentReplicas) {
    const rateLimit = Math.max(scaleUpLimit(currentReplicas, args.events, args.scaleUp, args.nowMs), currentReplicas);
    const isRateBound = maxReplicas > rateLimit;
    const highest = isRateBound ? rateLimit : maxReplicas;
    if (desiredReplicas > highest) return { replicas: highest, limitedBy: isRateBound ? 'ScaleUpLimit' : 'TooManyReplicas' };
  } else if (desiredReplicas < currentReplicas) {
    const rateLimit = Math.min(scaleDownLimit(currentReplicas, args.events, args.scaleDown, args.nowMs), currentReplicas);
    const isRateBound = minReplicas < rateLimit;
    const lowest = isRateBound ? rateLimit : minReplicas;
    if (desiredReplicas < lowest) return { replicas: lowest, limitedBy: isRateBound ? 'ScaleDownLimit' : 'TooFewReplicas' };
  }
  return { replicas: desiredReplicas, limitedBy: 'DesiredWithinRange' };
}

/**
 * `calculateScaleUpLimit`: without `behavior`, one evaluation may at most double the
 * count, and always reach 4 (guards against bogus usage reports, kubernetes#32304).
 */
export function legacyScaleUpLimit(currentReplicas: number): number {
  return Math.max(2 * currentReplicas, 4);
}

/** `convertDesiredReplicasWithRules`, for an autoscaler without `behavior`: no periods, no events. */
export function limitWithoutBehavior(currentReplicas: number, desiredReplicas: number, minReplicas: number, maxReplicas: number): Limited {
  const rateLimit = legacyScaleUpLimit(currentReplicas);
  const isRateBound = maxReplicas > rateLimit;
  const highest = isRateBound ? rateLimit : maxReplicas;
  if (desiredReplicas < minReplicas) return { replicas: minReplicas, limitedBy: 'TooFewReplicas' };
  if (desiredReplicas > highest) return { replicas: highest, limitedBy: isRateBound ? 'ScaleUpLimit' : 'TooManyReplicas' };
  return { replicas: desiredReplicas, limitedBy: 'DesiredWithinRange' };
}
