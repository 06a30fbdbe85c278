import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';
import { roundRatio, type LoadReading } from '../components/health-component.js';

const RESOLUTION_MS = 10;
const NS_PER_MS = 1e6;

/**
 * p99 event-loop delay since the previous check. The histogram records how late each
 * RESOLUTION_MS timer fired, resolution included, hence the subtraction.
 */
@Injectable()
export class EventLoopIndicator extends BoundedIndicator implements OnModuleInit, OnApplicationShutdown {
  readonly name = 'event-loop';
  readonly kind = 'event-loop';
  readonly isCritical = false;
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

  constructor(indicators: HealthIndicatorService, @Inject(APP_CONFIG) config: AppConfig) {
    super(indicators, config);
  }

  onModuleInit(): void {
    this.histogram.enable();
  }

  // Not onModuleDestroy: that runs before the shutdown drain, while health still answers.
  onApplicationShutdown(): void {
    this.histogram.disable();
  }

  protected read(): LoadReading {
    const threshold = this.config.health.thresholds.eventLoopDelayMs;
    const delayMs = this.takeDelayMs();
    if (delayMs >= threshold) throw new Error(`p99 delay ${delayMs} ms, threshold ${threshold} ms`);
    return { delayP99Ms: delayMs, thresholdMs: threshold, loadRatio: roundRatio(delayMs / threshold) };
  }

  /** Each check measures the window since the last one, so a past stall does not linger. */
  private takeDelayMs(): number {
    const p99 = this.histogram.count === 0 ? 0 : this.histogram.percentile(99) / NS_PER_MS - RESOLUTION_MS;
    this.histogram.reset();
    return Math.max(0, Math.round(p99 * 10) / 10);
  }
}
