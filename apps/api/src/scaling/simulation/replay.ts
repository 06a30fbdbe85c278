import type { ReplicaPoint, ScalingBehavior, ScalingMetric, ScalingSimulationRun, ServiceScalingMetric } from '@vigil/types';
import { recommendReplicas } from '../algorithm/recommend.js';
import type { StoredHistory } from './stored-history.reader.js';

export interface ReplayPolicy {
  minReplicas: number;
  maxReplicas: number;
  behavior: ScalingBehavior;
  metrics: readonly ServiceScalingMetric[];
}

/**
 * Metrics that follow the load, so they spread evenly over however many replicas the
 * simulated autoscaler runs (the HPA's own assumption: ratio × replicas is the need).
 * Percentiles and ratios (p95 latency, error rate) are replayed as they were observed.
 */
function followsLoad(metric: ServiceScalingMetric): boolean {
  return metric.source.ratioOf === undefined && !['p50', 'p95', 'p99'].includes(metric.source.aggregation);
}

/** The history a step's recommendation needs: the longest window or period of the policy. */
function reachMs(behavior: ScalingBehavior): number {
  const seconds = [behavior.scaleUp, behavior.scaleDown].flatMap((rules) => [rules.stabilizationWindowSeconds, ...rules.policies.map((p) => p.periodSeconds)]);
  return Math.max(...seconds) * 1_000;
}

/** One metric as the simulated fleet of `replicas` would report it at step `i`. */
function simulatedMetric(metric: ServiceScalingMetric, observed: ReadonlyMap<string, number>, replicas: number): ScalingMetric {
  const values = [...observed.values()];
  const tolerances = { name: metric.name, target: metric.target, scaleUpTolerance: metric.scaleUpTolerance, scaleDownTolerance: metric.scaleDownTolerance };
  if (values.length === 0) return { ...tolerances, instances: [] };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const current = followsLoad(metric) ? (mean * values.length) / replicas : mean;
  return { ...tolerances, current };
}

/**
 * Replays stored history through the HPA algorithm as if the autoscaler had applied
 * every decision: each step reads the metrics of the step's bucket at the simulated
 * count, the decision at the bucket's end sets the count for the next step.
 */
export function replay(history: StoredHistory, policy: ReplayPolicy, stepMs: number): ScalingSimulationRun {
  const { steps } = history;
  const reach = reachMs(policy.behavior);
  const firstObserved = history.instances[0]?.length ?? 0;
  let replicas = Math.min(policy.maxReplicas, Math.max(policy.minReplicas, firstObserved));
  const timeline: ReplicaPoint[] = steps.length > 0 ? [{ at: new Date(steps[0]!).toISOString(), replicas }] : [];
  const recommendations: { at: string; replicas: number; ms: number }[] = [];
  const events: { at: string; from: number; to: number; ms: number }[] = [];
  const above = new Map(policy.metrics.map((m) => [m.name, 0]));
  let aboveTargetMs = 0;
  let replicaMs = 0;

  steps.forEach((start, i) => {
    const end = start + stepMs;
    replicaMs += replicas * stepMs;
    const metrics = policy.metrics.map((metric) => simulatedMetric(metric, history.values.get(metric.name)?.[i] ?? new Map(), replicas));
    let isAnyAbove = false;
    metrics.forEach((metric) => {
      if (metric.current !== undefined && metric.current > metric.target) {
        above.set(metric.name, above.get(metric.name)! + stepMs);
        isAnyAbove = true;
      }
    });
    if (isAnyAbove) aboveTargetMs += stepMs;

    const cutoff = end - reach;
    while (recommendations.length > 0 && recommendations[0]!.ms <= cutoff) recommendations.shift();
    while (events.length > 0 && events[0]!.ms <= cutoff) events.shift();
    const answer = recommendReplicas(
      {
        currentReplicas: replicas,
        minReplicas: policy.minReplicas,
        maxReplicas: policy.maxReplicas,
        metrics,
        behavior: policy.behavior,
        history: { recommendations: i === 0 ? undefined : recommendations, events, scaledToZero: false },
      },
      end,
    );
    const at = new Date(end).toISOString();
    if (answer.proposedReplicas !== null) recommendations.push({ at, replicas: answer.proposedReplicas, ms: end });
    if (answer.desiredReplicas !== replicas) {
      events.push({ at, from: replicas, to: answer.desiredReplicas, ms: end });
      replicas = answer.desiredReplicas;
      timeline.push({ at, replicas });
    }
  });

  return {
    timeline,
    scaleEvents: Math.max(0, timeline.length - 1),
    instanceHours: replicaMs / 3_600_000,
    aboveTargetSeconds: aboveTargetMs / 1_000,
    metrics: policy.metrics.map((m) => ({ name: m.name, aboveTargetSeconds: above.get(m.name)! / 1_000 })),
    minReplicas: policy.minReplicas,
    maxReplicas: policy.maxReplicas,
  };
}

/** The instances that reported, as a timeline of counts. */
export function observedTimeline(history: StoredHistory, stepMs: number): { timeline: ReplicaPoint[]; instanceHours: number } {
  const timeline: ReplicaPoint[] = [];
  let replicaMs = 0;
  history.steps.forEach((start, i) => {
    const count = history.instances[i]!.length;
    replicaMs += count * stepMs;
    if (timeline.at(-1)?.replicas !== count) timeline.push({ at: new Date(start).toISOString(), replicas: count });
  });
  return { timeline, instanceHours: replicaMs / 3_600_000 };
}
