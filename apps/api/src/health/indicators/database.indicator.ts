import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { bounded, type CheckOptions, type HealthComponent } from '../components/health-component.js';

/** `SELECT 1` under the check timeout. */
@Injectable()
export class DatabaseIndicator implements HealthComponent {
  readonly name = 'database';
  readonly kind = 'database';
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
      await this.dataSource.query('SELECT 1');
    });
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }
}
