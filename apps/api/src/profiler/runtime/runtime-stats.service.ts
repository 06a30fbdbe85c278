import { Inject, Injectable } from '@nestjs/common';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import type { HeapStats, RuntimeStats } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { LeakMonitor } from '../leak/leak.monitor.js';
import { EventLoopMonitor } from './event-loop.monitor.js';
import { GcMonitor } from './gc.monitor.js';

@Injectable()
export class RuntimeStatsService {
  constructor(
    private readonly eventLoop: EventLoopMonitor,
    private readonly gc: GcMonitor,
    private readonly leak: LeakMonitor,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  collect(): RuntimeStats {
    const memory = process.memoryUsage();
    return {
      instance: this.config.instanceId,
      collectedAt: this.clock.now().toISOString(),
      uptimeSeconds: Math.round(process.uptime()),
      memory: {
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        externalBytes: memory.external,
        arrayBuffersBytes: memory.arrayBuffers,
      },
      eventLoop: this.eventLoop.stats(),
      gc: this.gc.stats(),
      heap: heapStats(),
      activeResources: activeResources(),
      leak: this.leak.report(),
    };
  }
}

function heapStats(): HeapStats {
  const heap = getHeapStatistics();
  return {
    usedBytes: heap.used_heap_size,
    totalBytes: heap.total_heap_size,
    limitBytes: heap.heap_size_limit,
    externalBytes: heap.external_memory,
    mallocedBytes: heap.malloced_memory,
    nativeContexts: heap.number_of_native_contexts,
    detachedContexts: heap.number_of_detached_contexts,
    spaces: getHeapSpaceStatistics().map((space) => ({
      name: space.space_name,
      sizeBytes: space.space_size,
      usedBytes: space.space_used_size,
      availableBytes: space.space_available_size,
      physicalBytes: space.physical_space_size,
    })),
  };
}

/** What keeps the process alive: sockets, timers, file requests, by type. */
function activeResources(): RuntimeStats['activeResources'] {
  const types = process.getActiveResourcesInfo();
  const byType: Record<string, number> = {};
  for (const type of types) byType[type] = (byType[type] ?? 0) + 1;
  return { total: types.length, byType };
}
