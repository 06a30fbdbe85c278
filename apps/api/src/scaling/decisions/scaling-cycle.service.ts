import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ScalingServiceStatus, ServiceScalingPolicy } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { LeaderLockService } from '../../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ScaleApplier } from '../executor/scale-applier.service.js';
import { ScalingPoliciesService } from '../policies/scaling-policies.service.js';
import { HISTORY_REACH_MS, ServiceRecommender, type ServiceRecommendation } from '../recommendation/service-recommender.service.js';
import { ScalingMetrics } from '../scaling.metrics.js';
import { ScalingHistoryRepository } from './scaling-history.repository.js';

const PRUNE_BATCH = 5_000;

type Computed = ServiceRecommendation & { policy: ServiceScalingPolicy };

/**
 * One sync period. Every replica computes each service's recommendation and exports
 * it (so any replica's /metrics agrees); the leader alone records it: the
 * recommendation the stabilization windows read next time, and a decision whenever the
 * desired count changes, applied by the executor when the service's auto-scaling is on
 * and one is configured. An applied decision is a scale event the rate limits count.
 */
@Injectable()
export class ScalingCycle {
  private readonly logger = new Logger('Scaling');

  constructor(
    private readonly policies: ScalingPoliciesService,
    private readonly recommender: ServiceRecommender,
    private readonly history: ScalingHistoryRepository,
    private readonly applier: ScaleApplier,
    private readonly metrics: ScalingMetrics,
    private readonly leader: LeaderLockService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<ScalingServiceStatus[]> {
    const now = this.clock.now();
    const policies = await this.policies.all();
    const computed = await Promise.all(policies.map(async (policy): Promise<Computed> => ({ policy, ...(await this.recommender.recommend(policy, now)) })));
    for (const { status } of computed) this.metrics.record(status);
    await this.leader.runExclusive('scaling.record', () => this.record(computed, now));
    return computed.map((c) => c.status);
  }

  private async record(computed: readonly Computed[], now: Date): Promise<void> {
    for (const { policy, status, recommendation } of computed) {
      if (recommendation.proposedReplicas !== null) {
        await this.history.recordRecommendation(status.service, now, recommendation.proposedReplicas);
      }
      const previous = await this.history.latestDecision(status.service);
      const from = previous?.toReplicas ?? status.currentReplicas;
      if (from === status.desiredReplicas) continue;
      const outcome = await this.applier.apply(policy.autoScaling, {
        service: status.service,
        workload: policy.workload,
        from,
        to: status.desiredReplicas,
        reason: status.limitedBy,
        decidingMetric: status.decidingMetric,
        at: now,
      });
      await this.history.recordDecision({
        service: status.service,
        at: now,
        currentReplicas: status.currentReplicas,
        fromReplicas: from,
        toReplicas: status.desiredReplicas,
        limitedBy: status.limitedBy,
        decidingMetric: status.decidingMetric,
        ...outcome,
      });
      this.logger.log(
        `${status.service}: desired ${from} → ${status.desiredReplicas} (${status.decidingMetric ?? 'no metric'}, ${status.limitedBy}); ${outcome.applied ? 'applied' : outcome.note}`,
      );
    }
  }

  /** Recommendations past the longest window, decisions past retention; in batches. */
  async prune(): Promise<void> {
    const now = this.clock.now().getTime();
    const recommendationsBefore = new Date(now - HISTORY_REACH_MS - this.config.scaling.syncPeriodMs);
    const decisionsBefore = new Date(now - this.config.scaling.eventsRetentionMs);
    while ((await this.history.deleteOlderThan('scaling_recommendations', recommendationsBefore, PRUNE_BATCH)) === PRUNE_BATCH);
    while ((await this.history.deleteOlderThan('scaling_events', decisionsBefore, PRUNE_BATCH)) === PRUNE_BATCH);
  }
}
