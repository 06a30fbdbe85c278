import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AlertRetention } from './alert-retention.service.js';
import { AlertEvaluator } from './evaluation/alert-evaluator.service.js';
import { DeliveryWorker } from './notifications/delivery-worker.service.js';

/**
 * `alerts.evaluate` and `alerts.prune` are cluster-wide (leader only); `alerts.deliver`
 * runs on every instance, which claim outbox rows with SKIP LOCKED.
 */
@Injectable()
export class AlertsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly leader: LeaderLockService,
    private readonly evaluator: AlertEvaluator,
    private readonly worker: DeliveryWorker,
    private readonly retention: AlertRetention,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { alerts } = this.config;
    const deliver = () => this.worker.deliverDue();
    this.jobs.every('alerts.evaluate', alerts.evalIntervalMs, async () => {
      const run = await this.leader.runExclusive('alerts.evaluate', () => this.evaluator.evaluate());
      // New notifications go out now rather than at the next delivery tick.
      if (run.ran && run.result.deliveries > 0) void this.jobs.tick('alerts.deliver', deliver);
    });
    this.jobs.every('alerts.deliver', alerts.delivery.intervalMs, deliver);
    this.jobs.every('alerts.prune', alerts.pruneIntervalMs, () =>
      this.leader.runExclusive('alerts.prune', () => this.retention.prune()),
    );
  }
}
