import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HealthRecorder } from './history/health-recorder.service.js';
import { HealthRetention } from './history/health-retention.service.js';

/**
 * `health.record` runs on every instance (each records its own view of the
 * dependencies); `health.prune` is cluster-wide, on the leader only.
 */
@Injectable()
export class HealthJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly recorder: HealthRecorder,
    private readonly retention: HealthRetention,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const record = () => this.recorder.record();
    this.jobs.every('health.record', this.config.health.intervalMs, record);
    this.jobs.every('health.prune', this.config.health.pruneIntervalMs, () =>
      this.leader.runExclusive('health.prune', () => this.retention.prune()),
    );
    // A first row right away, rather than one interval after boot.
    if (this.config.jobs.enabled) void this.jobs.tick('health.record', record);
  }
}
