import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { KubernetesDiscovery } from './discovery/kubernetes-discovery.service.js';
import { TargetsService } from './registry/targets.service.js';
import { ScrapeScheduler } from './scrape/scrape-scheduler.service.js';

/**
 * `targets.scrape` on every replica each tick (leases spread the targets); on the
 * leader, `targets.forget-agents` every minute and, with KUBERNETES_DISCOVERY=on,
 * `targets.kubernetes` every KUBERNETES_DISCOVERY_INTERVAL_MS (also once at boot).
 * SCRAPE_TARGETS is applied at boot; so is forgetting the kubernetes targets when
 * discovery is off.
 */
@Injectable()
export class TargetsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly targets: TargetsService,
    private readonly scheduler: ScrapeScheduler,
    private readonly discovery: KubernetesDiscovery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.leader.runExclusive('targets.sync-static', () => this.targets.syncStatic());
    this.jobs.every('targets.scrape', this.config.targets.tickMs, () => this.scheduler.tick());
    this.jobs.every('targets.forget-agents', 60_000, () => this.leader.runExclusive('targets.forget-agents', () => this.targets.forgetSilentAgents()));
    const { kubernetes } = this.config.targets;
    if (!kubernetes.isEnabled) {
      await this.leader.runExclusive('targets.forget-kubernetes', () => this.discovery.forgetAll());
    } else if (this.config.jobs.enabled) {
      const discover = () => this.leader.runExclusive('targets.kubernetes', () => this.discovery.sync());
      // Not awaited: a slow Kubernetes API does not hold boot up.
      void this.jobs.tick('targets.kubernetes', discover);
      this.jobs.every('targets.kubernetes', kubernetes.intervalMs, discover);
    }
  }
}
