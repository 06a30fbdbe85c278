import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TargetsService } from './registry/targets.service.js';
import { ScrapeScheduler } from './scrape/scrape-scheduler.service.js';

/**
 * `targets.scrape` on every replica each tick (leases spread the targets); on the
 * leader, `targets.forget-agents` every minute. SCRAPE_TARGETS is applied at boot.
 */
@Injectable()
export class TargetsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly targets: TargetsService,
    private readonly scheduler: ScrapeScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.leader.runExclusive('targets.sync-static', () => this.targets.syncStatic());
    this.jobs.every('targets.scrape', this.config.targets.tickMs, () => this.scheduler.tick());
    this.jobs.every('targets.forget-agents', 60_000, () => this.leader.runExclusive('targets.forget-agents', () => this.targets.forgetSilentAgents()));
  }
}
