/**
 * The `double_exponential_smoothing()` cases of Prometheus'
 * promql/promqltest/testdata/functions.test: `load 10s`, ranges `[1m]` (left-open, so
 * six samples), sf 0.01 and tf 0.1. On series that rise or fall linearly the level is
 * the last value exactly.
 */
import { doubleExponentialSmoothing, holtForecast } from './holt-smoothing.js';

/** Prometheus' expanding notation: `0+10x1000` is 0, 10, …, 10000 (1001 values). */
function load(...segments: string[]): number[] {
  return segments.flatMap((segment) => {
    const [, start, sign, step, times] = /^(-?\d+)([+-])(\d+)x(\d+)$/.exec(segment)!;
    const delta = (sign === '-' ? -1 : 1) * Number(step);
    return Array.from({ length: Number(times) + 1 }, (_, i) => Number(start) + i * delta);
  });
}
/** The values of a `[1m]` range evaluated at `atSeconds`, for samples every 10 s from 0. */
const lastMinute = (values: number[], atSeconds: number) => values.filter((_, i) => i * 10 > atSeconds - 60 && i * 10 <= atSeconds);

describe('doubleExponentialSmoothing', () => {
  it.each([
    ['0+10x1000 100+30x1000', 8000],
    ['0+20x1000 200+30x1000', 16000],
    ['0+30x1000 300+80x1000', 24000],
    ['0+40x2000', 32000],
  ])('smooths %s to %d at 8000 s (positive trends)', (series, expected) => {
    expect(doubleExponentialSmoothing(lastMinute(load(...series.split(' ')), 8000), 0.01, 0.1)?.level).toBe(expected);
  });

  it.each([
    ['0+10x1000 100+30x1000', 30100],
    ['0+20x1000 200+30x1000', 30200],
    ['0+30x1000 300+80x1000', 80300],
    ['0+40x2000', 80000],
  ])('smooths the floats of %s to %d at 20010 s', (series, expected) => {
    expect(doubleExponentialSmoothing(lastMinute(load(...series.split(' ')), 20010), 0.01, 0.1)?.level).toBe(expected);
  });

  it.each([
    ['8000-10x1000', 0],
    ['0-20x1000', -16000],
    ['0+30x1000 300-80x1000', 24000],
    ['0-40x1000 0+40x1000', -32000],
  ])('smooths %s to %d at 8000 s (negative trends)', (series, expected) => {
    expect(doubleExponentialSmoothing(lastMinute(load(...series.split(' ')), 8000), 0.01, 0.1)?.level).toBe(expected);
  });

  it('gives the step of a linear series as its trend', () => {
    expect(doubleExponentialSmoothing(lastMinute(load('0-20x1000'), 8000), 0.01, 0.1)).toEqual({ level: -16000, trend: -20 });
  });

  it('follows the recursion on a noisy series, the trend updated with the last level', () => {
    // level 3, trend 2 → (5, 2) → (5.5, 2) → (6.525, 1.55) → (7.95875, 1.3925) → (8.1818125, 1.404875),
    // then the trend once more: 0.3 × (8.1818125 − 7.95875) + 0.7 × 1.404875 = 1.05033125.
    const state = doubleExponentialSmoothing([3, 5, 4, 6, 8, 7], 0.5, 0.3)!;
    expect(state.level).toBeCloseTo(8.1818125, 12);
    expect(state.trend).toBeCloseTo(1.05033125, 12);
  });

  it('gives old values more weight with a lower smoothing factor', () => {
    const jump = [0, 0, 0, 0, 0, 10];
    expect(doubleExponentialSmoothing(jump, 0.1, 0.1)!.level).toBeLessThan(doubleExponentialSmoothing(jump, 0.9, 0.1)!.level);
  });

  it('answers nothing under two values, as Prometheus', () => {
    expect(doubleExponentialSmoothing([], 0.5, 0.5)).toBeUndefined();
    expect(doubleExponentialSmoothing([1], 0.5, 0.5)).toBeUndefined();
  });

  it.each([
    [0, 0.5],
    [1, 0.5],
    [0.5, 0],
    [0.5, 1],
    [NaN, 0.5],
  ])('refuses factors outside (0, 1): sf %d, tf %d', (sf, tf) => {
    expect(() => doubleExponentialSmoothing([1, 2, 3], sf, tf)).toThrow(RangeError);
  });
});

describe('holtForecast', () => {
  it('carries the level along the trend h steps ahead', () => {
    expect(holtForecast({ level: 10, trend: 2 }, 5)).toBe(20);
    expect(holtForecast({ level: 10, trend: -2 }, 2.5)).toBe(5);
    expect(holtForecast({ level: 10, trend: 2 }, 0)).toBe(10);
  });

  it('continues a linear series exactly', () => {
    const state = doubleExponentialSmoothing(load('100+5x20'), 0.3, 0.1)!;
    expect(holtForecast(state, 10)).toBe(250);
  });
});
