import { Injectable } from '@nestjs/common';
import { MAX_POLICY_PERIOD_SECONDS, MAX_STABILIZATION_WINDOW_SECONDS, type ScalingRecommendation, type ScalingServiceStatus, type ServiceScalingPolicy } from '@vigil/types';
import { recommendReplicas } from '../algorithm/recommend.js';
import { ScalingHistoryRepository } from '../decisions/scaling-history.repository.js';
import { InstanceMetricsReader } from './instance-metrics.reader.js';

export interface ServiceRecommendation {
  status: ScalingServiceStatus;
  recommendation: ScalingRecommendation;
}

/** Longest a window or a policy period reaches back: all the history a recommendation reads. */
export const HISTORY_REACH_MS = Math.max(MAX_STABILIZATION_WINDOW_SECONDS, MAX_POLICY_PERIOD_SECONDS) * 1_000;

/**
 * A service's recommendation now: its instances' stored metrics through the HPA
 * algorithm, with the recommendations and applied scale events kept in the database,
 * so every replica (and the next leader) computes the same count.
 */
@Injectable()
export class ServiceRecommender {
  constructor(
    private readonly readings: InstanceMetricsReader,
    private readonly history: ScalingHistoryRepository,
  ) {}

  async recommend(policy: ServiceScalingPolicy, now: Date): Promise<ServiceRecommendation> {
    const since = new Date(now.getTime() - HISTORY_REACH_MS);
    const [readings, recommendations, events] = await Promise.all([
      this.readings.read(policy.service, policy.metrics, now.getTime()),
      this.history.recommendationsSince(policy.service, since),
      this.history.appliedSince(policy.service, since),
    ]);
    const recommendation = recommendReplicas(
      {
        currentReplicas: readings.instances.length,
        minReplicas: policy.minReplicas,
        maxReplicas: policy.maxReplicas,
        metrics: policy.metrics.map((metric) => ({
          name: metric.name,
          target: metric.target,
          scaleUpTolerance: metric.scaleUpTolerance,
          scaleDownTolerance: metric.scaleDownTolerance,
          instances: readings.metrics.get(metric.name) ?? [],
        })),
        behavior: policy.behavior,
        history: {
          // No record yet: the controller's start, where the current count counts as recommended now.
          recommendations: recommendations.length === 0 ? undefined : recommendations.map((r) => ({ at: r.at.toISOString(), replicas: r.replicas })),
          events: events.map((e) => ({ at: e.at.toISOString(), from: e.from, to: e.to })),
          scaledToZero: false,
        },
      },
      now.getTime(),
    );
    const { currentReplicas, desiredReplicas, limitedBy, stabilizedBy, decidingMetric, metrics, at } = recommendation;
    return {
      recommendation,
      status: {
        service: policy.service,
        currentReplicas,
        desiredReplicas,
        limitedBy,
        stabilizedBy,
        decidingMetric,
        metrics,
        minReplicas: policy.minReplicas,
        maxReplicas: policy.maxReplicas,
        autoScaling: policy.autoScaling,
        at,
      },
    };
  }
}
