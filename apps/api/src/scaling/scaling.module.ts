import { Module } from '@nestjs/common';
import { TargetsModule } from '../targets/targets.module.js';
import { HealthModule } from '../health/health.module.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { LoadBalancerController } from './balance/load-balancer.controller.js';
import { LoadBalancerService } from './balance/load-balancer.service.js';
import { ScalingCycle } from './decisions/scaling-cycle.service.js';
import { ScalingHistoryRepository } from './decisions/scaling-history.repository.js';
import { ScaleApplier } from './executor/scale-applier.service.js';
import { scaleExecutorProvider } from './executor/scale-executor.provider.js';
import { ForecastHistoryReader } from './forecast/forecast-history.reader.js';
import { ScalingForecastController } from './forecast/scaling-forecast.controller.js';
import { ScalingForecastService } from './forecast/scaling-forecast.service.js';
import { ScalingPoliciesService } from './policies/scaling-policies.service.js';
import { ScalingPolicyRepository } from './policies/scaling-policy.repository.js';
import { InstanceMetricsReader } from './recommendation/instance-metrics.reader.js';
import { ServiceRecommender } from './recommendation/service-recommender.service.js';
import { ScalingController } from './scaling.controller.js';
import { ScalingJobs } from './scaling.jobs.js';
import { ScalingMetrics } from './scaling.metrics.js';
import { ScalingService } from './scaling.service.js';
import { ScalingSimulationController } from './simulation/scaling-simulation.controller.js';
import { ScalingSimulationService } from './simulation/scaling-simulation.service.js';
import { StoredHistoryReader } from './simulation/stored-history.reader.js';

/**
 * The Scalability module: Kubernetes-exact replica recommendations per service from
 * the stored metrics of its instances, the policies behind them, the decision log, and
 * the executor that applies decisions (off by default).
 */
@Module({
  imports: [MetricsModule, HealthModule, TargetsModule],
  controllers: [ScalingController, ScalingSimulationController, LoadBalancerController, ScalingForecastController],
  providers: [
    ScalingPolicyRepository,
    ScalingPoliciesService,
    ScalingHistoryRepository,
    InstanceMetricsReader,
    ServiceRecommender,
    ScalingMetrics,
    scaleExecutorProvider,
    ScaleApplier,
    ScalingCycle,
    ScalingJobs,
    ScalingService,
    StoredHistoryReader,
    ScalingSimulationService,
    LoadBalancerService,
    ForecastHistoryReader,
    ScalingForecastService,
  ],
})
export class ScalingModule {}
