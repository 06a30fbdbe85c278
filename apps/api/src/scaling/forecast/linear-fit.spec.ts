/**
 * The cases of Prometheus' promql/promqltest/testdata/functions.test for `deriv()` and
 * `predict_linear()`, on the same series. `load 5m` with `0+10x4 0+10x5` is the
 * counter below, one sample every 5 minutes from t = 0; a range `[50m]` evaluated at
 * 50m is left-open, so it leaves out the sample at t = 0.
 */
import type { MetricPoint } from '@vigil/types';
import { linearRegression, predictLinear } from './linear-fit.js';

const MINUTE = 60_000;
const series = (values: number[], stepMs = 5 * MINUTE, startMs = 0): MetricPoint[] => values.map((v, i) => [startMs + i * stepMs, v]);
/** Prometheus' range `[range]` at `at`: samples in (at − range, at]. */
const range = (points: MetricPoint[], at: number, rangeMs: number) => points.filter(([t]) => t > at - rangeMs && t <= at);

/** testcounter_reset_middle_total: 0+10x4 0+10x5. */
const resetMiddle = series([0, 10, 20, 30, 40, 0, 10, 20, 30, 40, 50]);
/** http_requests_total{job="app-server", instance="1", group="canary"}: 0+80x10. */
const requests = series(Array.from({ length: 11 }, (_, i) => i * 80));
/** http_requests_inf: -Inf 0+80x10 Inf. */
const withInfinities = series([-Infinity, ...Array.from({ length: 11 }, (_, i) => i * 80), Infinity]);

describe('linearRegression', () => {
  it("takes the intercept at the time given: 6.818181818181818 at t = 0, the line's value 3000 s later at t = 3000 s", () => {
    // The test file's worked example: sumX 16500, sumY 250, sumXY 480000, sumX2 34650000, n 11.
    const atZero = linearRegression(resetMiddle, 0)!;
    expect(atZero).toEqual({ slope: 0.010606060606060607, intercept: 6.818181818181818 });
    const atEnd = linearRegression(resetMiddle, 3_000_000)!;
    expect(atEnd.slope).toBe(atZero.slope);
    expect(atEnd.intercept).toBeCloseTo(38.63636363636364, 12);
  });

  it('gives the slope deriv() answers: 0.26666666666666666 for 0+80x10 over [50m], as rate() does', () => {
    const points = range(requests, 50 * MINUTE, 50 * MINUTE);
    expect(linearRegression(points, points[0]![0])!.slope).toBe(0.26666666666666666);
  });

  it('gives 0.010606060606060607 for deriv(testcounter_reset_middle_total[100m]) at 50m', () => {
    const points = range(resetMiddle, 50 * MINUTE, 100 * MINUTE);
    expect(linearRegression(points, points[0]![0])!.slope).toBe(0.010606060606060607);
  });

  it('answers NaN when +Inf or -Inf is in the range, as deriv(http_requests_inf[100m]) at 100m', () => {
    const points = range(withInfinities, 100 * MINUTE, 100 * MINUTE);
    const fit = linearRegression(points, points[0]![0])!;
    expect([fit.slope, fit.intercept]).toEqual([NaN, NaN]);
  });

  it('gives slope 0 and the value itself for equal values, NaN for equal infinite ones', () => {
    expect(linearRegression(series([0.1, 0.1, 0.1], 1_000), 10_000)).toEqual({ slope: 0, intercept: 0.1 });
    expect(linearRegression(series([Infinity, Infinity], 1_000), 0)).toEqual({ slope: NaN, intercept: NaN });
  });

  it('answers nothing under two points', () => {
    expect(linearRegression([], 0)).toBeUndefined();
    expect(linearRegression([[0, 5]], 0)).toBeUndefined();
  });
});

describe('predictLinear', () => {
  it('predicts 70 for predict_linear(testcounter_reset_middle_total[50m], 3600) at 50m', () => {
    expect(predictLinear(range(resetMiddle, 50 * MINUTE, 50 * MINUTE), 50 * MINUTE, 3600)).toBe(70);
  });

  it('predicts 76.81818181818181 for [55m] @ 3000 at 50m: all 11 samples, the line at 3000 + 3600 s', () => {
    const points = range(resetMiddle, 3_000_000, 55 * MINUTE);
    expect(points).toHaveLength(11);
    expect(predictLinear(points, 50 * MINUTE, 3600)).toBe(76.81818181818181);
  });

  it('takes the intercept at the evaluation time, not at the samples: @ 3000 evaluated at 10m and 70m', () => {
    const points = range(resetMiddle, 3_000_000, 55 * MINUTE);
    // The same samples; the line at 600 + 3600 s and at 4200 + 3600 s.
    expect(predictLinear(points, 10 * MINUTE, 3600)).toBe(51.36363636363637);
    expect(predictLinear(points, 70 * MINUTE, 3600)).toBe(89.54545454545455);
  });

  it('equals the last value plus deriv × t when the last sample is at the evaluation time and on the line', () => {
    const points = range(requests, 50 * MINUTE, 50 * MINUTE);
    const deriv = linearRegression(points, points[0]![0])!.slope;
    expect(predictLinear(points, 50 * MINUTE, 3600)! - (800 + deriv * 3600)).toBe(0);
  });

  it('predicts NaN for predict_linear(http_requests_inf[100m], 6000) at 100m', () => {
    expect(predictLinear(range(withInfinities, 100 * MINUTE, 100 * MINUTE), 100 * MINUTE, 6000)).toBeNaN();
  });

  it('predicts nothing from a single sample', () => {
    expect(predictLinear([[0, 1]], 0, 60)).toBeUndefined();
  });
});
