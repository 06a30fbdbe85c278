import { Injectable } from '@nestjs/common';
import { register } from 'prom-client';
import { MetricFactory } from '../common/metrics/metric-factory.js';

const metrics = new MetricFactory(register);

/** Every metric of the profiler module. */
@Injectable()
export class ProfilerMetrics {
  readonly heapGrowth = metrics.gauge({
    name: 'vigil_heap_growth_bytes_per_minute',
    help: 'Least-squares slope of heap used after major GC over the leak window',
  });

  readonly leakSuspected = metrics.gauge({
    name: 'vigil_heap_leak_suspected',
    help: '1 while heap used after GC grows steadily past the threshold',
  });

  readonly heapAfterGc = metrics.gauge({
    name: 'vigil_heap_used_after_gc_bytes',
    help: 'Heap used shortly after the latest sampled major GC',
  });

  readonly activeSessions = metrics.gauge({
    name: 'vigil_profiler_active_sessions',
    help: 'Profiling sessions running in this process',
    labelNames: ['type'] as const,
  });
}
