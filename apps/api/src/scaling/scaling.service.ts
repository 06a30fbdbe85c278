import { Injectable } from '@nestjs/common';
import { parseRfc3339, type ScalingDecision, type ScalingRecommendation, type ScalingRecommendationSpec, type ScalingServiceStatus, type ServiceScalingPolicy, type ServiceScalingPolicySpec } from '@vigil/types';
import { Clock } from '../common/clock.js';
import { recommendReplicas } from './algorithm/recommend.js';
import { ScalingHistoryRepository } from './decisions/scaling-history.repository.js';
import { ScalingPoliciesService } from './policies/scaling-policies.service.js';
import { ServiceRecommender } from './recommendation/service-recommender.service.js';

/** What the scaling routes do; each is one call into the module's parts. */
@Injectable()
export class ScalingService {
  constructor(
    private readonly policies: ScalingPoliciesService,
    private readonly recommender: ServiceRecommender,
    private readonly history: ScalingHistoryRepository,
    private readonly clock: Clock,
  ) {}

  /** Computed on request from the stored history, so every replica answers the same. */
  async services(): Promise<ScalingServiceStatus[]> {
    const now = this.clock.now();
    const policies = await this.policies.all();
    return Promise.all(policies.map(async (policy) => (await this.recommender.recommend(policy, now)).status));
  }

  policy(service: string): Promise<ServiceScalingPolicy> {
    return this.policies.get(service);
  }

  putPolicy(service: string, spec: ServiceScalingPolicySpec): Promise<ServiceScalingPolicy> {
    return this.policies.put(service, spec);
  }

  setAutoScaling(service: string, enabled: boolean): Promise<ServiceScalingPolicy> {
    return this.policies.setAutoScaling(service, enabled);
  }

  recommend(input: ScalingRecommendationSpec): ScalingRecommendation {
    const now = input.now === undefined ? this.clock.now().getTime() : parseRfc3339(input.now)!;
    return recommendReplicas(input, now);
  }

  async decisions(service: string | undefined, limit: number): Promise<ScalingDecision[]> {
    const rows = await this.history.decisions(service, limit);
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }
}
