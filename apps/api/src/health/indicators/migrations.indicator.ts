import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource, MigrationExecutor } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';

/**
 * Down while migrations this build knows are not applied. Runs what
 * `dataSource.showMigrations()` runs, but on a query runner of its own that is always
 * released: showMigrations leaks its pooled connection when a query fails, which during
 * a database outage would drain the pool one check at a time.
 */
@Injectable()
export class MigrationsIndicator extends BoundedIndicator {
  readonly name = 'migrations';
  readonly kind = 'migrations';
  readonly isCritical = true;

  constructor(
    indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(indicators, config);
  }

  protected async read() {
    if (await this.hasPending()) throw new Error('pending migrations');
    return { known: this.dataSource.migrations.length };
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
