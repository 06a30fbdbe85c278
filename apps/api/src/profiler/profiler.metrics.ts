import { Injectable } from '@nestjs/common';
import { Gauge, register, type Metric } from 'prom-client';

/**
 * Tests boot several apps in one process, all on prom-client's default registry, where
 * a second declaration of a name throws: reuse the metric an earlier app declared.
 */
function declared<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}

/** Every metric of the profiler module. */
@Injectable()
export class ProfilerMetrics {
  readonly heapGrowth = declared(
    'vigil_heap_growth_bytes_per_minute',
    (name) =>
      new Gauge({ name, help: 'Least-squares slope of heap used after major GC over the leak window', registers: [register] }),
  );

  readonly leakSuspected = declared(
    'vigil_heap_leak_suspected',
    (name) => new Gauge({ name, help: '1 while heap used after GC grows steadily past the threshold', registers: [register] }),
  );

  readonly heapAfterGc = declared(
    'vigil_heap_used_after_gc_bytes',
    (name) => new Gauge({ name, help: 'Heap used shortly after the latest sampled major GC', registers: [register] }),
  );

  readonly activeSessions = declared(
    'vigil_profiler_active_sessions',
    (name) =>
      new Gauge({ name, help: 'Profiling sessions running in this process', labelNames: ['type'], registers: [register] }),
  );
}
