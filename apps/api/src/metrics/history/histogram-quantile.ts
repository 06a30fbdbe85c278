/**
 * The q-quantile of a histogram, interpolated linearly inside the bucket that holds it,
 * as Prometheus' `histogram_quantile` does. `cumulative[i]` counts observations ≤
 * `bounds[i]`; `total` counts all of them (the +Inf bucket). Returns null when empty.
 * A quantile that falls in the +Inf bucket answers the highest finite bound.
 */
export function histogramQuantile(
  q: number,
  bounds: readonly number[],
  cumulative: readonly number[],
  total: number,
): number | null {
  if (total <= 0 || bounds.length === 0) return null;
  const rank = q * total;
  for (let i = 0; i < bounds.length; i++) {
    const upTo = cumulative[i] ?? 0;
    if (upTo >= rank) {
      const lower = i === 0 ? 0 : (bounds[i - 1] ?? 0);
      const upper = bounds[i] ?? lower;
      const before = i === 0 ? 0 : (cumulative[i - 1] ?? 0);
      const inBucket = upTo - before;
      if (inBucket <= 0) return upper;
      // The first bucket starts at 0 unless its bound is negative.
      const start = i === 0 && upper <= 0 ? upper : lower;
      return start + (upper - start) * ((rank - before) / inBucket);
    }
  }
  return bounds[bounds.length - 1] ?? null;
}
