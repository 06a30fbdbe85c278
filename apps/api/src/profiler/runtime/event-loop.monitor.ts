import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from 'node:perf_hooks';
import type { EventLoopStats } from '@vigil/types';

/** How often the figures roll over; runtime stats report the last complete window. */
export const EVENT_LOOP_WINDOW_MS = 60_000;

/** Histogram percentiles cost tens of microseconds each: reuse them for a second under load. */
const CURRENT_STATS_TTL_MS = 1_000;

const NS_PER_MS = 1e6;
const round = (ms: number) => Math.round(ms * 1_000) / 1_000;

/**
 * Event-loop delay (a histogram sampled every 10 ms) and utilisation, per window. A
 * window keeps figures recent: percentiles since boot would hide today's stall behind
 * last week's calm.
 */
@Injectable()
export class EventLoopMonitor implements OnModuleInit, OnModuleDestroy {
  private histogram: IntervalHistogram | undefined;
  private windowStart = performance.now();
  private utilizationStart: EventLoopUtilization = performance.eventLoopUtilization();
  private lastWindow: EventLoopStats | undefined;
  private cached: { at: number; stats: EventLoopStats } | undefined;

  onModuleInit(): void {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.windowStart = performance.now();
    this.utilizationStart = performance.eventLoopUtilization();
  }

  onModuleDestroy(): void {
    this.histogram?.disable();
  }

  /** Closes the current window and starts the next. */
  rotate(): void {
    this.lastWindow = this.current();
    this.cached = undefined;
    this.histogram?.reset();
    this.windowStart = performance.now();
    this.utilizationStart = performance.eventLoopUtilization();
  }

  stats(): EventLoopStats {
    if (this.lastWindow) return this.lastWindow;
    const now = performance.now();
    if (!this.cached || now - this.cached.at >= CURRENT_STATS_TTL_MS) this.cached = { at: now, stats: this.current() };
    return this.cached.stats;
  }

  private current(): EventLoopStats {
    const h = this.histogram;
    const hasSamples = h !== undefined && h.count > 0;
    const ms = (ns: number) => (hasSamples ? round(ns / NS_PER_MS) : 0);
    return {
      delayMs: {
        min: ms(h?.min ?? 0),
        mean: ms(h?.mean ?? 0),
        p50: ms(h?.percentile(50) ?? 0),
        p90: ms(h?.percentile(90) ?? 0),
        p99: ms(h?.percentile(99) ?? 0),
        max: ms(h?.max ?? 0),
        stddev: ms(h?.stddev ?? 0),
      },
      utilization: round(performance.eventLoopUtilization(this.utilizationStart).utilization),
      windowMs: Math.round(performance.now() - this.windowStart),
    };
  }
}
