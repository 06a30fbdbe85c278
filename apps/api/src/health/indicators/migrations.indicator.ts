import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource, MigrationExecutor } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { bounded, type CheckOptions, type HealthComponent } from '../components/health-component.js';

/**
 * Down while migrations this build knows are not applied. Runs what
 * `dataSource.showMigrations()` runs, but on a query runner of its own that is always
 * released: showMigrations leaks its pooled connection when a query fails, which during
 * a database outage would drain the pool one check at a time.
 */
@Injectable()
export class MigrationsIndicator implements HealthComponent {
  readonly name = 'migrations';
  readonly kind = 'migrations';
  readonly isCritical = true;
  readonly timeoutMs: number;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timeoutMs = config.health.checkTimeoutMs;
  }

  check(options?: CheckOptions) {
    const attempt = this.indicators.check(this.name).attempt(async () => {
      if (await this.hasPending()) throw new Error('pending migrations');
      return { known: this.dataSource.migrations.length };
    });
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }

  private async hasPending(): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await new MigrationExecutor(this.dataSource, runner).showMigrations();
    } finally {
      await runner.release();
    }
  }
}
