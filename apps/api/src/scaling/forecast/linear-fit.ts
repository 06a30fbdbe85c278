import type { MetricPoint } from '@vigil/types';

/** A fitted line: `slope` per second, `intercept` the line's value at the time it was fitted at. */
export interface LinearFit {
  slope: number;
  intercept: number;
}

/** A running sum with its Kahan–Neumaier compensation, as Prometheus' `kahansum.Inc`. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(increment: number): void {
    const total = this.sum + increment;
    if (total > Number.MAX_VALUE || total < -Number.MAX_VALUE) {
      this.compensation = 0;
    } else if (Math.abs(this.sum) >= Math.abs(increment)) {
      this.compensation += this.sum - total + increment;
    } else {
      this.compensation += increment - total + this.sum;
    }
    this.sum = total;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

/**
 * Least-squares line through `[ms, value]` points, ported from Prometheus'
 * `linearRegression` (promql/functions.go): x is seconds from `interceptTime`, so the
 * intercept is the line's value at that time; sums are compensated; points whose values
 * are all equal give slope 0 and that value exactly (NaN and NaN when it is infinite);
 * an infinite value among others gives NaN. Undefined under two points, where
 * `predict_linear` and `deriv` answer nothing.
 */
export function linearRegression(points: readonly MetricPoint[], interceptTime: number): LinearFit | undefined {
  if (points.length < 2) return undefined;
  const initY = points[0]![1];
  let isConstant = true;
  const sumX = new CompensatedSum();
  const sumY = new CompensatedSum();
  const sumXY = new CompensatedSum();
  const sumX2 = new CompensatedSum();
  for (const [at, y] of points) {
    if (isConstant && y !== initY) isConstant = false;
    const x = (at - interceptTime) / 1e3;
    sumX.add(x);
    sumY.add(y);
    sumXY.add(x * y);
    sumX2.add(x * x);
  }
  if (isConstant) return Number.isFinite(initY) ? { slope: 0, intercept: initY } : { slope: NaN, intercept: NaN };
  const n = points.length;
  const covXY = sumXY.value - (sumX.value * sumY.value) / n;
  const varX = sumX2.value - (sumX.value * sumX.value) / n;
  const slope = covXY / varX;
  return { slope, intercept: sumY.value / n - (slope * sumX.value) / n };
}

/**
 * Prometheus' `predict_linear(v, seconds)` evaluated at `evaluationTime`: the fitted
 * line's value `seconds` after the evaluation time (not after the last sample).
 */
export function predictLinear(points: readonly MetricPoint[], evaluationTime: number, seconds: number): number | undefined {
  const fit = linearRegression(points, evaluationTime);
  return fit && fit.slope * seconds + fit.intercept;
}
