import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { constants, performance, PerformanceObserver, type NodeGCPerformanceDetail, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { GC_KINDS, type GcKind, type GcStats } from '@vigil/types';
import { LeakMonitor } from '../leak/leak.monitor.js';

const KIND_BY_FLAG = new Map<number, GcKind>([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
]);

/**
 * Counts collections and their pauses by kind, and after each major collection hands
 * the heap size to the leak monitor: only a full collection leaves the heap holding
 * just what is reachable. Observer callbacks arrive batched, a moment after the GC.
 */
@Injectable()
export class GcMonitor implements OnModuleInit, OnModuleDestroy {
  private observer: PerformanceObserver | undefined;
  private readonly byKind = Object.fromEntries(GC_KINDS.map((kind) => [kind, { count: 0, pauseMs: 0 }])) as GcStats['byKind'];
  private readonly since = performance.now();

  constructor(private readonly leak: LeakMonitor) {}

  onModuleInit(): void {
    this.observer = new PerformanceObserver((list) => {
      let sawMajor = false;
      for (const entry of list.getEntries()) sawMajor = this.count(entry) === 'major' || sawMajor;
      if (sawMajor) this.leak.afterMajorGc(getHeapStatistics().used_heap_size);
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  onModuleDestroy(): void {
    this.observer?.disconnect();
  }

  stats(): GcStats {
    const kinds = Object.values(this.byKind);
    const round = (ms: number) => Math.round(ms * 1_000) / 1_000;
    return {
      byKind: Object.fromEntries(GC_KINDS.map((k) => [k, { ...this.byKind[k], pauseMs: round(this.byKind[k].pauseMs) }])) as GcStats['byKind'],
      count: kinds.reduce((sum, k) => sum + k.count, 0),
      pauseMs: round(kinds.reduce((sum, k) => sum + k.pauseMs, 0)),
      observedMs: Math.round(performance.now() - this.since),
    };
  }

  private count(entry: PerformanceEntry): GcKind | undefined {
    // The typings leave `detail` off the base entry; on 'gc' entries Node sets it.
    const flag = (entry as PerformanceEntry & { detail?: NodeGCPerformanceDetail }).detail?.kind;
    const kind = flag === undefined ? undefined : KIND_BY_FLAG.get(flag);
    if (kind) {
      this.byKind[kind].count += 1;
      this.byKind[kind].pauseMs += entry.duration;
    }
    return kind;
  }
}
