import { ManualClock } from '../../common/clock.js';
import { HeapGrowthDetector, type HeapGrowthOptions } from './heap-growth.detector.js';

const MIB = 1024 * 1024;
const MINUTE = 60_000;
const options: HeapGrowthOptions = {
  windowMs: 30 * MINUTE,
  thresholdBytesPerMinute: MIB,
  minSamples: 6,
  minRSquared: 0.5,
  minGapMs: 5_000,
};

/** Feeds one sample a minute for `minutes`; the clock ends a minute after the last. */
function feed(detector: HeapGrowthDetector, clock: ManualClock, minutes: number, heapAt: (minute: number) => number) {
  for (let minute = 0; minute < minutes; minute++) {
    detector.record(clock.now(), heapAt(minute));
    clock.advance(MINUTE);
  }
}

describe('HeapGrowthDetector', () => {
  let clock: ManualClock;
  let detector: HeapGrowthDetector;
  beforeEach(() => {
    clock = new ManualClock();
    detector = new HeapGrowthDetector(options, clock);
  });

  describe('report', () => {
    it('flags heap after GC that grows steadily, with the slope and the evidence', () => {
      feed(detector, clock, 30, (m) => 100 * MIB + 2 * MIB * m);
      const report = detector.report();
      expect(report).toMatchObject({
        suspected: true,
        slopeBytesPerMinute: 2 * MIB,
        rSquared: 1,
        thresholdBytesPerMinute: MIB,
        windowMs: 30 * MINUTE,
        spanMs: 29 * MINUTE,
      });
      expect(report.evidence).toHaveLength(30);
      expect(report.evidence[0]).toEqual({ at: '2026-01-01T00:00:00.000Z', heapUsedBytes: 100 * MIB });
      expect(report.reason).toContain('2.00 MiB/min');
    });

    it('flags a growing series through the noise of a sawtooth', () => {
      feed(detector, clock, 30, (m) => 100 * MIB + 2 * MIB * m + (m % 2 === 0 ? 3 : -3) * MIB);
      const report = detector.report();
      expect(report.suspected).toBe(true);
      expect(report.slopeBytesPerMinute).toBeGreaterThan(1.9 * MIB);
    });

    it('does not flag a steady heap that goes up and down', () => {
      feed(detector, clock, 30, (m) => 100 * MIB + (m % 3) * 4 * MIB);
      const report = detector.report();
      expect(report.suspected).toBe(false);
      expect(Math.abs(report.slopeBytesPerMinute)).toBeLessThan(MIB);
      expect(report.reason).toMatch(/^steady/);
    });

    it('does not flag a slope over the threshold that the line does not explain', () => {
      // Swings of ±40 MiB around a 1.5 MiB/min climb: fitted slope about 1.23 MiB/min, r² 0.07.
      feed(detector, clock, 30, (m) => 100 * MIB + 1.5 * MIB * m + (m % 2 === 0 ? 40 : -40) * MIB);
      const report = detector.report();
      expect(report.slopeBytesPerMinute).toBeGreaterThan(MIB);
      expect(report.suspected).toBe(false);
      expect(report.reason).toContain('no steady trend');
    });

    it('waits for enough samples and half a window before suspecting anything', () => {
      feed(detector, clock, 5, (m) => 100 * MIB + 10 * MIB * m);
      expect(detector.report()).toMatchObject({ suspected: false, reason: '5 of the 6 samples needed after major GCs' });

      feed(detector, clock, 10, (m) => 150 * MIB + 10 * MIB * m);
      expect(detector.report()).toMatchObject({ suspected: false, reason: 'samples span 14 of the 15 min needed' });
    });

    it('forgets samples older than the window', () => {
      feed(detector, clock, 30, (m) => 100 * MIB + 2 * MIB * m);
      feed(detector, clock, 30, () => 160 * MIB);
      const report = detector.report();
      expect(report.evidence.every((p) => p.heapUsedBytes === 160 * MIB)).toBe(true);
      expect(report).toMatchObject({ suspected: false, slopeBytesPerMinute: 0 });
    });
  });

  describe('record', () => {
    it('keeps one sample of a burst of collections', () => {
      expect(detector.record(clock.now(), MIB)).toBe(true);
      clock.advance(1_000);
      expect(detector.record(clock.now(), 2 * MIB)).toBe(false);
      clock.advance(5_000);
      expect(detector.record(clock.now(), 3 * MIB)).toBe(true);
      expect(detector.report().evidence.map((p) => p.heapUsedBytes)).toEqual([MIB, 3 * MIB]);
    });
  });
});
