/** A straight-line prediction: `value` at `at` (Unix ms), changing by `slopePerSecond`. */
export interface LinearTrend {
  at: number;
  value: number;
  slopePerSecond: number;
}

export type CrossingDirection = 'above' | 'below';

/**
 * The first time in `[from, to]` (Unix ms, to the millisecond) at which the trend's
 * value reaches `threshold`: at or above it for `above`, at or below it for `below`.
 * `from` itself when the value is there already. Undefined when it does not get there
 * within the range: the trend is flat or moves away, it arrives after `to`, or a number
 * is not finite. On a linear series the fitted line is the series, so the time is exact.
 */
export function thresholdCrossing(
  trend: LinearTrend,
  threshold: number,
  direction: CrossingDirection,
  range: { from: number; to: number },
): number | undefined {
  const { at, value, slopePerSecond } = trend;
  if (![at, value, slopePerSecond, threshold].every(Number.isFinite)) return undefined;
  const sign = direction === 'above' ? 1 : -1;
  const valueAtFrom = value + slopePerSecond * ((range.from - at) / 1_000);
  if (sign * (valueAtFrom - threshold) >= 0) return range.from <= range.to ? range.from : undefined;
  if (sign * slopePerSecond <= 0) return undefined;
  const crossing = Math.round(at + ((threshold - value) / slopePerSecond) * 1_000);
  return crossing <= range.to ? Math.max(crossing, range.from) : undefined;
}
