import { counterIncrease, mergeRollups, rollupRaw, type RawPoint } from './rollup-calculator.js';

const MINUTE = 60_000;
const gauge = { type: 'gauge' as const, bounds: null };
const counter = { type: 'counter' as const, bounds: null };
const point = (ts: number, value: number, buckets: number[] | null = null): RawPoint => ({ ts, value, buckets });

describe('counterIncrease', () => {
  it('is the difference, or the whole value after a reset', () => {
    expect(counterIncrease(10, 15)).toBe(5);
    expect(counterIncrease(10, 3)).toBe(3);
  });
});

describe('rollupRaw', () => {
  it('gives exact min, max, sum, count, avg and last per minute for a gauge', () => {
    const points = [point(0, 4), point(15_000, 8), point(30_000, 6), point(45_000, 2), point(MINUTE, 10), point(MINUTE + 15_000, 20)];
    const rows = rollupRaw(points, undefined, MINUTE, gauge);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ bucketStart: 0, min: 2, max: 8, sum: 20, count: 4, last: 2, increase: null });
    expect(rows[0]!.sum / rows[0]!.count).toBe(5);
    expect(rows[1]).toMatchObject({ bucketStart: MINUTE, min: 10, max: 20, sum: 30, count: 2, last: 20 });
  });

  it('counts a counter increase across a reset and from the sample before the window', () => {
    // previous 100 → 110 (+10) → 130 (+20) → reset to 5 (+5) → 9 (+4)
    const points = [point(0, 110), point(15_000, 130), point(30_000, 5), point(45_000, 9)];
    const [row] = rollupRaw(points, point(-15_000, 100), MINUTE, counter);
    expect(row!.increase).toBe(39);
  });

  it('turns histogram bucket growth into per-bucket increases and percentiles', () => {
    const histogram = { type: 'histogram' as const, bounds: [0.1, 0.5, 1] };
    // Cumulative counts grow by [4, 8, 10] of 10 observations within the minute.
    const points = [point(0, 10, [2, 3, 5]), point(30_000, 20, [6, 11, 15])];
    const [row] = rollupRaw(points, point(-30_000, 10, [2, 3, 5]), MINUTE, histogram);
    expect(row!.increase).toBe(10);
    expect(row!.buckets).toEqual([4, 8, 10]);
    expect(row!.p50).toBeCloseTo(0.2, 10);
  });
});

describe('mergeRollups', () => {
  it('combines minute rollups into exact five-minute ones', () => {
    const minutes = [1, 2, 3, 4, 5].map((n, i) => ({
      bucketStart: i * MINUTE,
      min: n,
      max: n * 10,
      sum: n * 4,
      count: 4,
      last: n * 3,
      increase: n,
      buckets: null,
      p50: null,
      p95: null,
      p99: null,
    }));
    const [row] = mergeRollups(minutes, 5 * MINUTE, counter);
    expect(row).toMatchObject({ bucketStart: 0, min: 1, max: 50, sum: 60, count: 20, last: 15, increase: 15 });
    expect(row!.sum / row!.count).toBe(3);
  });
});
