import type { MetricPoint } from '@vigil/types';
import { forecastSeries, meanPoints, type ForecastOptions } from './series-forecast.js';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const options: ForecastOptions = {
  now: NOW,
  horizonMs: 3_600_000,
  threshold: 0.7,
  direction: 'above',
  methods: ['linear', 'holt'],
  smoothing: 0.3,
  trend: 0.1,
};
/** One point a minute up to `endAt`, rising `perMinute` from `start`. */
const rising = (count: number, start: number, perMinute: number, endAt = NOW): MetricPoint[] =>
  Array.from({ length: count }, (_, i) => [endAt - (count - 1 - i) * MINUTE, start + i * perMinute]);

describe('forecastSeries', () => {
  it('carries a linear series to the horizon and says when it crosses, with both methods alike', () => {
    // 0.30 … 0.50 over 20 minutes: 0.70 twenty minutes from now, 1.10 an hour from now.
    const forecast = forecastSeries({ instance: 'a' }, rising(21, 0.3, 0.01), options);
    expect(forecast.current).toEqual({ at: new Date(NOW).toISOString(), value: 0.5 });
    for (const method of [forecast.linear!, forecast.holt!]) {
      expect(method.value).toBeCloseTo(0.5, 10);
      expect(method.slopePerSecond).toBeCloseTo(0.01 / 60, 12);
      expect(method.predicted).toBeCloseTo(1.1, 10);
      expect(method.crossing?.inSeconds).toBeCloseTo(1200, 2);
    }
    expect(forecast.linear!.crossing!.at).toBe(new Date(NOW + 20 * MINUTE).toISOString());
    expect(forecast.holt).toMatchObject({ level: expect.closeTo(0.5, 10), trendPerStep: expect.closeTo(0.01, 10), stepSeconds: 60 });
  });

  it('answers no crossing for a flat series', () => {
    const forecast = forecastSeries({}, rising(30, 0.4, 0), options);
    expect(forecast.linear).toEqual({ value: 0.4, slopePerSecond: 0, predicted: 0.4, crossing: null });
    // Holt has no exact case for equal values (neither has Prometheus): 0.3 × 0.4 + 0.7 × 0.4 is 0.39999999999999997.
    expect(forecast.holt).toMatchObject({ slopePerSecond: expect.closeTo(0, 15), predicted: expect.closeTo(0.4, 12), crossing: null });
  });

  it('carries Holt from the last point to now, and the line is taken at now', () => {
    // The last point is five minutes old: both say 0.55 now.
    const forecast = forecastSeries({}, rising(21, 0.3, 0.01, NOW - 5 * MINUTE), options);
    expect(forecast.linear!.value).toBeCloseTo(0.55, 10);
    expect(forecast.holt!.value).toBeCloseTo(0.55, 10);
    expect(forecast.holt!.level).toBeCloseTo(0.5, 10);
    expect(forecast.linear!.crossing!.inSeconds).toBeCloseTo(900, 2);
  });

  it("takes Holt's step from the spacing of the points", () => {
    // One point every 5 minutes, +0.05 each: the same 0.01 a minute.
    const points: MetricPoint[] = Array.from({ length: 5 }, (_, i) => [NOW - (4 - i) * 5 * MINUTE, 0.3 + i * 0.05]);
    const holt = forecastSeries({}, points, options).holt!;
    expect(holt).toMatchObject({ stepSeconds: 300, trendPerStep: expect.closeTo(0.05, 10), slopePerSecond: expect.closeTo(0.01 / 60, 12) });
    expect(holt.crossing!.inSeconds).toBeCloseTo(1200, 2);
  });

  it('answers the methods asked for only, and no crossing without a threshold', () => {
    const forecast = forecastSeries({}, rising(10, 0.3, 0.01), { ...options, methods: ['holt'], threshold: null });
    expect(forecast.linear).toBeNull();
    expect(forecast.holt?.crossing).toBeNull();
  });

  it('answers no method under two points, but the current value', () => {
    const forecast = forecastSeries({}, [[NOW, 1]], options);
    expect(forecast).toMatchObject({ current: { value: 1 }, linear: null, holt: null, points: [[NOW, 1]] });
    expect(forecastSeries({}, [], options).current).toBeNull();
  });
});

describe('meanPoints', () => {
  it('averages the series present at each time, oldest first', () => {
    const series = [{ points: [[2, 4], [1, 1]] as MetricPoint[] }, { points: [[1, 3]] as MetricPoint[] }];
    expect(meanPoints(series)).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });
});
