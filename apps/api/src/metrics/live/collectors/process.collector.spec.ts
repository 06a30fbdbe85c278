import { constants } from 'node:perf_hooks';
import { Registry } from 'prom-client';
import { ManualClock } from '../../../common/clock.js';
import { LiveMetrics } from '../live-metrics.js';
import { ProcessCollector, utilisationBetween } from './process.collector.js';
import { ProcessReader, type EventLoopDelayWatch, type EventLoopTimes } from './process-reader.js';

class FakeProcessReader extends ProcessReader {
  times: EventLoopTimes = { idle: 750, active: 250 };
  delay = { p50: 10.0004, p99: 25.5, max: 40 };
  resets = 0;
  isWatchingGc = false;
  onPause: (flag: number, durationMs: number) => void = () => undefined;

  eventLoopTimes = () => this.times;
  memoryUsage = () => ({ heapUsed: 1_000, heapTotal: 2_000, rss: 5_000 });
  uptimeSeconds = () => 12.4;
  watchEventLoopDelay = (): EventLoopDelayWatch => ({
    read: () => this.delay,
    reset: () => {
      this.resets++;
      this.delay = { p50: 0, p99: 0, max: 0 };
    },
    stop: () => undefined,
  });
  watchGc = (onPause: (flag: number, durationMs: number) => void) => {
    this.onPause = onPause;
    this.isWatchingGc = true;
    return () => {
      this.isWatchingGc = false;
    };
  };
}

describe('utilisationBetween', () => {
  it('is the busy share of the time between two readings', () => {
    expect(utilisationBetween({ idle: 100, active: 100 }, { idle: 160, active: 140 })).toBe(0.4);
  });

  it('uses the totals since start without a previous reading, and 0 when no time passed', () => {
    expect(utilisationBetween(undefined, { idle: 300, active: 100 })).toBe(0.25);
    expect(utilisationBetween({ idle: 1, active: 1 }, { idle: 1, active: 1 })).toBe(0);
  });
});

describe('ProcessCollector', () => {
  let registry: Registry;
  let reader: FakeProcessReader;
  let clock: ManualClock;
  let collector: ProcessCollector;

  beforeEach(() => {
    registry = new Registry();
    reader = new FakeProcessReader();
    clock = new ManualClock();
    collector = new ProcessCollector(new LiveMetrics(registry), reader, clock);
    collector.onModuleInit();
  });
  afterEach(() => collector.onModuleDestroy());

  describe('scrape', () => {
    it('exposes event-loop utilisation over the window since the previous reading', async () => {
      const gauge = registry.getSingleMetric('vigil_process_event_loop_utilisation_ratio');
      expect((await gauge?.get())?.values[0]?.value).toBe(0.25);
      reader.times = { idle: 1_250, active: 750 };
      clock.advance(1_000);
      expect((await gauge?.get())?.values[0]?.value).toBe(0.5);
    });
  });

  describe('figures', () => {
    it('reports delay since the previous snapshot, memory, uptime and GC pauses by kind', () => {
      reader.onPause(constants.NODE_PERFORMANCE_GC_MINOR, 0.75);
      reader.onPause(constants.NODE_PERFORMANCE_GC_MAJOR, 8);
      reader.onPause(9_999, 100);
      const figures = collector.figures();
      expect(figures).toMatchObject({
        eventLoopDelayMs: { p50: 10, p99: 25.5, max: 40 },
        eventLoopUtilisation: 0.25,
        heapUsedBytes: 1_000,
        heapTotalBytes: 2_000,
        rssBytes: 5_000,
        uptimeSeconds: 12,
      });
      expect(figures.gc.minor).toEqual({ count: 1, totalMs: 0.75, maxMs: 0.75 });
      expect(figures.gc.major).toEqual({ count: 1, totalMs: 8, maxMs: 8 });
      expect(collector.figures().eventLoopDelayMs).toEqual({ p50: 0, p99: 0, max: 0 });
    });
  });

  describe('onModuleDestroy', () => {
    it('stops watching GC', () => {
      collector.onModuleDestroy();
      expect(reader.isWatchingGc).toBe(false);
    });
  });
});
