import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ProcessFigures } from '@vigil/types';
import { Clock } from '../../../common/clock.js';
import { LiveMetrics } from '../live-metrics.js';
import { bindCollect } from '../../../common/metrics/metric-factory.js';
import { gcKindOf, GcPauseTally } from './gc-pauses.js';
import { ProcessReader, type EventLoopDelayWatch, type EventLoopTimes } from './process-reader.js';
import { WindowedSampler } from './windowed-sampler.js';

/** Busy share of event-loop time between two readings (since start without a previous one). */
export function utilisationBetween(previous: EventLoopTimes | undefined, current: EventLoopTimes): number {
  const active = current.active - (previous?.active ?? 0);
  const idle = current.idle - (previous?.idle ?? 0);
  return active + idle > 0 ? active / (active + idle) : 0;
}

const round3 = (value: number) => Math.round(value * 1_000) / 1_000;

/**
 * Figures about this Node process that the default metrics do not already expose:
 * event-loop utilisation as a metric, and for the JSON snapshot the event-loop delay
 * since the previous snapshot and GC pauses per kind. Heap, RSS, handles, GC and delay
 * histograms for Prometheus come from prom-client's defaults (docs/api.md maps them).
 */
@Injectable()
export class ProcessCollector implements OnModuleInit, OnModuleDestroy {
  private readonly utilisation: WindowedSampler<EventLoopTimes, number>;
  private readonly gc = new GcPauseTally();
  private delay: EventLoopDelayWatch | undefined;
  private stopGc: (() => void) | undefined;
  private unbind: (() => void) | undefined;

  constructor(
    private readonly metrics: LiveMetrics,
    private readonly reader: ProcessReader,
    clock: Clock,
  ) {
    this.utilisation = new WindowedSampler(() => reader.eventLoopTimes(), utilisationBetween, () => clock.now().getTime());
  }

  onModuleInit(): void {
    this.delay = this.reader.watchEventLoopDelay();
    this.stopGc = this.reader.watchGc((flag, durationMs) => {
      const kind = gcKindOf(flag);
      if (kind) this.gc.record(kind, durationMs);
    });
    const gauge = this.metrics.process.eventLoopUtilisation;
    this.unbind = bindCollect(gauge, () => gauge.set(this.eventLoopUtilisation()));
  }

  onModuleDestroy(): void {
    this.unbind?.();
    this.stopGc?.();
    this.delay?.stop();
  }

  eventLoopUtilisation(): number {
    return this.utilisation.current();
  }

  /** Event-loop delay covers the time since the previous call, so each snapshot is fresh. */
  figures(): ProcessFigures {
    const delay = this.delay?.read() ?? { p50: 0, p99: 0, max: 0 };
    this.delay?.reset();
    const memory = this.reader.memoryUsage();
    return {
      eventLoopDelayMs: { p50: round3(delay.p50), p99: round3(delay.p99), max: round3(delay.max) },
      eventLoopUtilisation: round3(this.eventLoopUtilisation()),
      heapUsedBytes: memory.heapUsed,
      heapTotalBytes: memory.heapTotal,
      rssBytes: memory.rss,
      gc: this.gc.snapshot(),
      uptimeSeconds: Math.round(this.reader.uptimeSeconds()),
    };
  }
}
