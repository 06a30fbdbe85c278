import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { getHeapStatistics } from 'node:v8';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';
import { roundRatio, type LoadReading } from '../components/health-component.js';

/**
 * V8 heap in use against the heap limit (which --max-old-space-size sets), so the same
 * threshold fits any container size.
 */
@Injectable()
export class HeapIndicator extends BoundedIndicator {
  readonly name = 'heap';
  readonly kind = 'heap';
  readonly isCritical = false;

  constructor(indicators: HealthIndicatorService, @Inject(APP_CONFIG) config: AppConfig) {
    super(indicators, config);
  }

  protected read(): LoadReading {
    const threshold = this.config.health.thresholds.heapUsedPercent;
    const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
    const percent = (used / limit) * 100;
    if (percent >= threshold) throw new Error(`heap ${percent.toFixed(1)}% of its limit, threshold ${threshold}%`);
    return { usedBytes: used, limitBytes: limit, loadRatio: roundRatio(percent / threshold) };
  }
}
