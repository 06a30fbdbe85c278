import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import {
  bounded,
  roundRatio,
  type CheckOptions,
  type HealthComponent,
  type LoadReading,
} from '../components/health-component.js';

const RESOLUTION_MS = 10;
const NS_PER_MS = 1e6;

/**
 * p99 event-loop delay since the previous check. The histogram records how late each
 * RESOLUTION_MS timer fired, resolution included, hence the subtraction.
 */
@Injectable()
export class EventLoopIndicator implements HealthComponent, OnModuleInit, OnApplicationShutdown {
  readonly name = 'event-loop';
  readonly kind = 'event-loop';
  readonly isCritical = false;
  readonly timeoutMs: number;
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timeoutMs = config.health.checkTimeoutMs;
  }

  onModuleInit(): void {
    this.histogram.enable();
  }

  // Not onModuleDestroy: that runs before the shutdown drain, while health still answers.
  onApplicationShutdown(): void {
    this.histogram.disable();
  }

  check(options?: CheckOptions) {
    const threshold = this.config.health.thresholds.eventLoopDelayMs;
    const attempt = this.indicators.check(this.name).attempt((): LoadReading => {
      const delayMs = this.takeDelayMs();
      if (delayMs >= threshold) throw new Error(`p99 delay ${delayMs} ms, threshold ${threshold} ms`);
      return { delayP99Ms: delayMs, thresholdMs: threshold, loadRatio: roundRatio(delayMs / threshold) };
    });
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }

  /** Each check measures the window since the last one, so a past stall does not linger. */
  private takeDelayMs(): number {
    const p99 = this.histogram.count === 0 ? 0 : this.histogram.percentile(99) / NS_PER_MS - RESOLUTION_MS;
    this.histogram.reset();
    return Math.max(0, Math.round(p99 * 10) / 10);
  }
}
