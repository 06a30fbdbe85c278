import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthCheckRepository, type HealthCheckRow } from './health-check.repository.js';

/** Recorded checks older than this many recording intervals are stale: that instance stopped recording. */
const FRESH_INTERVALS = 3;

/**
 * The latest recorded status of every (instance, component) in the cluster, from
 * `health_checks`: what other replicas see, for the alerting leader.
 */
@Injectable()
export class RecordedStatuses {
  constructor(
    private readonly repository: HealthCheckRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  latest(): Promise<HealthCheckRow[]> {
    const since = new Date(this.clock.now().getTime() - FRESH_INTERVALS * this.config.health.intervalMs);
    return this.repository.findLatestSince(since);
  }
}
