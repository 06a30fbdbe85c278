import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthCheckRepository } from './health-check.repository.js';

/**
 * Small batches keep each DELETE a short transaction: no long lock on the table, a
 * bounded WAL burst, and the embedded database (one query at a time) stays responsive.
 */
export const PRUNE_BATCH_SIZE = 5_000;

/** Drops `health_checks` rows older than HEALTH_RETENTION_DAYS; run by the leader only. */
@Injectable()
export class HealthRetention {
  constructor(
    private readonly repository: HealthCheckRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(batchSize = PRUNE_BATCH_SIZE): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.health.retentionMs);
    let total = 0;
    for (;;) {
      const deleted = await this.repository.deleteOlderThan(cutoff, batchSize);
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }
}
