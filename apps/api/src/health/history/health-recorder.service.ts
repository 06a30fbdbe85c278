import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthEvaluator } from '../health-evaluator.service.js';
import { HttpErrorRate } from '../score/http-error-rate.js';
import { HealthCheckRepository, type HealthCheckRow } from './health-check.repository.js';

/** About an hour of ticks for a dozen components at the default interval. */
const MAX_UNWRITTEN_ROWS = 2_000;

/**
 * One health tick on this instance: check every component and store the results. Rows
 * that cannot be written (the database is down, which is worth recording) wait for the
 * next tick, up to a bound, rather than leaving a hole in the history.
 */
@Injectable()
export class HealthRecorder {
  private unwritten: HealthCheckRow[] = [];

  constructor(
    private readonly evaluator: HealthEvaluator,
    private readonly repository: HealthCheckRepository,
    private readonly errorRate: HttpErrorRate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the number of rows written. */
  async record(): Promise<number> {
    const { at, components } = await this.evaluator.evaluate();
    // Sampled every tick so the score's error-rate window stays about five minutes long.
    await this.errorRate.ratio(at);
    const rows = components.map((c) => ({
      instance: this.config.instanceId,
      component: c.name,
      status: c.status,
      isCritical: c.isCritical,
      responseTimeMs: c.responseTimeMs,
      message: c.message,
      checkedAt: at,
    }));
    const batch = [...this.unwritten, ...rows].slice(-MAX_UNWRITTEN_ROWS);
    this.unwritten = [];
    try {
      await this.repository.insertMany(batch);
    } catch (error) {
      this.unwritten = [...batch, ...this.unwritten].slice(-MAX_UNWRITTEN_ROWS);
      throw error;
    }
    return batch.length;
  }

  get unwrittenCount(): number {
    return this.unwritten.length;
  }
}
