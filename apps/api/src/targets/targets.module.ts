import { Module } from '@nestjs/common';
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
  imports: [MetricsModule],
  controllers: [TargetsController],
  providers: [
    TargetRepository,
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
