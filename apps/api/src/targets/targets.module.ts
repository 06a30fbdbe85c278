import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HealthCheckEntity } from '../health/entities/health-check.entity.js';
import { HealthCheckRepository } from '../health/history/health-check.repository.js';
import { MetricsModule } from '../metrics/metrics.module.js';
import { KubernetesDiscovery } from './discovery/kubernetes-discovery.service.js';
import { podListerProvider } from './discovery/pod-lister.provider.js';
import { AgentTokenGuard } from './registry/agent-token.guard.js';
import { TargetRepository } from './registry/target.repository.js';
import { TargetsService } from './registry/targets.service.js';
import { ScrapeScheduler } from './scrape/scrape-scheduler.service.js';
import { ScrapeMetrics } from './scrape/scrape.metrics.js';
import { TargetScraper } from './scrape/target-scraper.service.js';
import { TargetsController } from './targets.controller.js';
import { TargetsJobs } from './targets.jobs.js';

/**
 * The services Vigil watches: targets from SCRAPE_TARGETS, the API, agents'
 * heartbeats and Kubernetes pods, scraped into the metrics history with `service`
 * and `instance` labels.
 */
@Module({
  // health_checks is written here too (each scrape's readiness), through the health module's repository.
  imports: [MetricsModule, TypeOrmModule.forFeature([HealthCheckEntity])],
  controllers: [TargetsController],
  providers: [
    TargetRepository,
    HealthCheckRepository,
    TargetsService,
    AgentTokenGuard,
    ScrapeMetrics,
    TargetScraper,
    ScrapeScheduler,
    podListerProvider,
    KubernetesDiscovery,
    TargetsJobs,
  ],
  exports: [TargetsService, TargetRepository],
})
export class TargetsModule {}
