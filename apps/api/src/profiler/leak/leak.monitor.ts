import { Inject, Injectable } from '@nestjs/common';
import type { LeakReport } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProfilerMetrics } from '../profiler.metrics.js';
import { DEFAULT_HEAP_GROWTH_TUNING, HeapGrowthDetector } from './heap-growth.detector.js';

/** Feeds the detector with heap used after major GCs and mirrors its verdict in gauges. */
@Injectable()
export class LeakMonitor {
  private readonly detector: HeapGrowthDetector;

  constructor(
    private readonly metrics: ProfilerMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.detector = new HeapGrowthDetector(
      {
        windowMs: config.profiler.leakWindowMs,
        thresholdBytesPerMinute: config.profiler.leakThresholdBytesPerMinute,
        ...DEFAULT_HEAP_GROWTH_TUNING,
      },
      clock,
    );
  }

  afterMajorGc(heapUsedBytes: number): void {
    if (!this.detector.record(this.clock.now(), heapUsedBytes)) return;
    this.metrics.heapAfterGc.set(heapUsedBytes);
    this.report();
  }

  report(): LeakReport {
    const report = this.detector.report();
    this.metrics.heapGrowth.set(report.slopeBytesPerMinute);
    this.metrics.leakSuspected.set(report.suspected ? 1 : 0);
    return report;
  }
}
