import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '../../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { StartupGate } from '../../health/startup-gate.js';
import { MetricsSnapshotService } from './metrics-snapshot.service.js';
import { RollupService } from './rollup.service.js';

const FIRST_COLLECTION = 'first-collection';

/**
 * `metrics.snapshot` runs on every instance (each stores its own registry);
 * `metrics.rollup` is cluster-wide: one leader rolls up and prunes for all.
 * The first snapshot runs at boot, and the startup probe waits for it.
 */
@Injectable()
export class MetricsHistoryJobs implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly snapshots: MetricsSnapshotService,
    private readonly rollups: RollupService,
    private readonly startup: StartupGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // With jobs switched off nothing would ever collect, so there is nothing to wait for.
    if (this.config.jobs.enabled) this.startup.expect(FIRST_COLLECTION);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    // Start-up completes on the first snapshot that succeeds, now or on a later tick.
    const snapshot = async () => {
      await this.snapshots.snapshot();
      this.startup.complete(FIRST_COLLECTION);
    };
    void this.jobs.tick('metrics.snapshot', snapshot);
    this.jobs.every('metrics.snapshot', this.config.history.collectIntervalMs, snapshot);
    this.jobs.every('metrics.rollup', this.config.history.rollupIntervalMs, () =>
      this.leader.runExclusive('metrics.rollup', () => this.rollups.rollUpAndPrune()),
    );
  }
}
