import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ScalingCycle } from './decisions/scaling-cycle.service.js';

/** `scaling.sync` on every instance each sync period (recording on the leader); `scaling.prune` on the leader hourly. */
@Injectable()
export class ScalingJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly cycle: ScalingCycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('scaling.sync', this.config.scaling.syncPeriodMs, () => this.cycle.run());
    this.jobs.every('scaling.prune', 3_600_000, () => this.leader.runExclusive('scaling.prune', () => this.cycle.prune()));
  }
}
