import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import {
  bounded,
  roundRatio,
  type CheckOptions,
  type HealthComponent,
  type LoadReading,
} from '../components/health-component.js';

const MB = 1024 * 1024;

/** Resident memory against HEALTH_RSS_MAX_MB: set it below the container's memory limit. */
@Injectable()
export class RssIndicator implements HealthComponent {
  readonly name = 'rss';
  readonly kind = 'rss';
  readonly isCritical = false;
  readonly timeoutMs: number;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timeoutMs = config.health.checkTimeoutMs;
  }

  check(options?: CheckOptions) {
    const threshold = this.config.health.thresholds.rssBytes;
    const attempt = this.indicators.check(this.name).attempt((): LoadReading => {
      const rss = process.memoryUsage.rss();
      if (rss >= threshold) throw new Error(`RSS ${Math.round(rss / MB)} MB, threshold ${Math.round(threshold / MB)} MB`);
      return { rssBytes: rss, thresholdBytes: threshold, loadRatio: roundRatio(rss / threshold) };
    });
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }
}
