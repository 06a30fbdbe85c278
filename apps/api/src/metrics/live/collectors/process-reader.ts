import { monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Cumulative event-loop time in ms, as `performance.eventLoopUtilization()` counts it. */
export interface EventLoopTimes {
  idle: number;
  active: number;
}

/** Event-loop delay percentiles in ms since the watch started or was last reset. */
export interface EventLoopDelayWatch {
  read(): { p50: number; p99: number; max: number };
  reset(): void;
  stop(): void;
}

/**
 * Where the process collector gets its raw figures. Injected so tests can feed fixed
 * event-loop times, memory figures and GC pauses.
 */
export abstract class ProcessReader {
  abstract eventLoopTimes(): EventLoopTimes;
  abstract memoryUsage(): { heapUsed: number; heapTotal: number; rss: number };
  abstract uptimeSeconds(): number;
  abstract watchEventLoopDelay(): EventLoopDelayWatch;
  /** Calls `onPause` with each GC's `detail.kind` flag and duration; returns the stop function. */
  abstract watchGc(onPause: (kindFlag: number, durationMs: number) => void): () => void;
}

const NS_PER_MS = 1e6;

export class NodeProcessReader extends ProcessReader {
  eventLoopTimes(): EventLoopTimes {
    const { idle, active } = performance.eventLoopUtilization();
    return { idle, active };
  }

  memoryUsage(): { heapUsed: number; heapTotal: number; rss: number } {
    const { heapUsed, heapTotal, rss } = process.memoryUsage();
    return { heapUsed, heapTotal, rss };
  }

  uptimeSeconds(): number {
    return process.uptime();
  }

  watchEventLoopDelay(): EventLoopDelayWatch {
    // 10 ms sampling, as prom-client's default metrics use: fine enough, cheap enough.
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    return {
      read: () => ({
        p50: histogram.percentile(50) / NS_PER_MS,
        p99: histogram.percentile(99) / NS_PER_MS,
        max: histogram.max / NS_PER_MS,
      }),
      reset: () => histogram.reset(),
      stop: () => histogram.disable(),
    };
  }

  watchGc(onPause: (kindFlag: number, durationMs: number) => void): () => void {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Node's typings lag behind: gc entries carry `detail.kind` since Node 16.
        const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
        if (detail?.kind !== undefined) onPause(detail.kind, entry.duration);
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    return () => observer.disconnect();
  }
}
