/**
 * The count all metrics together ask for: `computeReplicasForMetrics` in the HPA
 * controller (`pkg/controller/podautoscaler/horizontal.go`).
 */
import type { ScalingMetric, ScalingMetricEvaluation } from '@vigil/types';
import { evaluateMetric, type MetricContext, type Tolerances } from './metric-replicas.js';

export interface MetricProposal {
  /** The largest count asked for by a usable metric; null when the controller would give up. */
  replicas: number | null;
  decidingMetric: string | null;
  metrics: ScalingMetricEvaluation[];
}

export interface ProposalContext extends Omit<MetricContext, 'tolerances'> {
  tolerancesOf: (metric: ScalingMetric) => Tolerances;
}

export function proposeReplicas(metrics: readonly ScalingMetric[], context: ProposalContext): MetricProposal {
  const evaluations = metrics.map((metric) => evaluateMetric(metric, { ...context, tolerances: context.tolerancesOf(metric) }));
  let replicas = 0;
  let decidingMetric: string | null = null;
  let failedCount = 0;
  for (const evaluation of evaluations) {
    if (evaluation.desiredReplicas === null) {
      failedCount += 1;
      continue;
    }
    // The controller's own comparison: a later metric replaces a proposal of 0, and the
    // first of equal proposals stays.
    if (replicas === 0 || evaluation.desiredReplicas > replicas) {
      replicas = evaluation.desiredReplicas;
      decidingMetric = evaluation.name;
    }
  }
  // A metric it cannot read must not let the others scale down: the count stays unless
  // the usable ones scale up (or hold).
  const isFailed = failedCount >= evaluations.length || (failedCount > 0 && replicas < context.currentReplicas);
  return isFailed ? { replicas: null, decidingMetric: null, metrics: evaluations } : { replicas, decidingMetric, metrics: evaluations };
}
