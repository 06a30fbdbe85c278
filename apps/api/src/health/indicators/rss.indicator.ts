import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';
import { roundRatio, type LoadReading } from '../components/health-component.js';

const MB = 1024 * 1024;

/** Resident memory against HEALTH_RSS_MAX_MB: set it below the container's memory limit. */
@Injectable()
export class RssIndicator extends BoundedIndicator {
  readonly name = 'rss';
  readonly kind = 'rss';
  readonly isCritical = false;

  constructor(indicators: HealthIndicatorService, @Inject(APP_CONFIG) config: AppConfig) {
    super(indicators, config);
  }

  protected read(): LoadReading {
    const threshold = this.config.health.thresholds.rssBytes;
    const rss = process.memoryUsage.rss();
    if (rss >= threshold) throw new Error(`RSS ${Math.round(rss / MB)} MB, threshold ${Math.round(threshold / MB)} MB`);
    return { rssBytes: rss, thresholdBytes: threshold, loadRatio: roundRatio(rss / threshold) };
  }
}
