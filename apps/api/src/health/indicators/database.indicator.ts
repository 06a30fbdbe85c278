import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';

/** `SELECT 1` under the check timeout. */
@Injectable()
export class DatabaseIndicator extends BoundedIndicator {
  readonly name = 'database';
  readonly kind = 'database';
  readonly isCritical = true;

  constructor(
    indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(indicators, config);
  }

  protected async read() {
    await this.dataSource.query('SELECT 1');
  }
}
