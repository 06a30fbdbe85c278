import type { AnomalySpec } from '@vigil/types';

export interface AnomalyVerdict {
  isAnomalous: boolean;
  /** z-score, or distance outside the fence in IQRs; 0 inside the band. */
  score: number;
  lower: number;
  upper: number;
}

/** Fewer baseline points than this give no verdict: a band from three points means little. */
export const MIN_BASELINE_POINTS = 5;

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low]!;
  return a + (sorted[high]! - a) * (position - low);
}

/**
 * Is `current` outside the band its own recent past draws? z-score: more than
 * `sensitivity` standard deviations from the mean. IQR: beyond Tukey's fences,
 * `sensitivity` interquartile ranges outside the first or third quartile.
 */
export function detectAnomaly(current: number, baseline: readonly number[], spec: AnomalySpec): AnomalyVerdict | null {
  if (baseline.length < MIN_BASELINE_POINTS) return null;
  let lower: number;
  let upper: number;
  let score: number;
  if (spec.method === 'zscore') {
    const mean = baseline.reduce((s, v) => s + v, 0) / baseline.length;
    const sd = Math.sqrt(baseline.reduce((s, v) => s + (v - mean) ** 2, 0) / baseline.length);
    lower = mean - spec.sensitivity * sd;
    upper = mean + spec.sensitivity * sd;
    score = sd === 0 ? (current === mean ? 0 : Infinity) : Math.abs(current - mean) / sd;
  } else {
    const sorted = [...baseline].sort((a, b) => a - b);
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const iqr = q3 - q1;
    lower = q1 - spec.sensitivity * iqr;
    upper = q3 + spec.sensitivity * iqr;
    const outside = current > upper ? current - upper : current < lower ? lower - current : 0;
    score = outside === 0 ? 0 : iqr === 0 ? Infinity : outside / iqr;
  }
  const direction = spec.direction ?? 'both';
  const isAbove = current > upper;
  const isBelow = current < lower;
  const isAnomalous = direction === 'above' ? isAbove : direction === 'below' ? isBelow : isAbove || isBelow;
  return { isAnomalous, score, lower, upper };
}
