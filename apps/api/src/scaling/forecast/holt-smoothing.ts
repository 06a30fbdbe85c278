/** Holt's smoothed level of a series and its trend per step. */
export interface HoltState {
  level: number;
  trend: number;
}

/**
 * Holt's double exponential smoothing, ported from Prometheus'
 * `double_exponential_smoothing(v, sf, tf)` (`holt_winters` before 3.0;
 * promql/functions.go): the level starts at the first value and the trend at the first
 * difference; each later value `y` gives `level = sf·y + (1 − sf)·(level + trend)`,
 * and the trend follows `tf·(level − previous level) + (1 − tf)·trend`. `level` is
 * what Prometheus answers. `trend` is updated once more with that last level, as Holt's
 * forecast uses it (Prometheus stops before that step, having no forecast to make).
 * Values are taken as consecutive steps, gaps or not. Undefined under two values;
 * factors outside (0, 1) throw, where Prometheus panics.
 */
export function doubleExponentialSmoothing(values: readonly number[], smoothing: number, trendFactor: number): HoltState | undefined {
  if (!(smoothing > 0 && smoothing < 1)) throw new RangeError(`smoothing factor must be in (0, 1), got ${smoothing}`);
  if (!(trendFactor > 0 && trendFactor < 1)) throw new RangeError(`trend factor must be in (0, 1), got ${trendFactor}`);
  if (values.length < 2) return undefined;
  let previous = 0;
  let level = values[0]!;
  let trend = values[1]! - values[0]!;
  for (let i = 1; i < values.length; i++) {
    // Prometheus' calcTrendValue(i − 1, …): the initial trend as it is for the first step.
    if (i > 1) trend = trendFactor * (level - previous) + (1 - trendFactor) * trend;
    const next = smoothing * values[i]! + (1 - smoothing) * (level + trend);
    previous = level;
    level = next;
  }
  trend = trendFactor * (level - previous) + (1 - trendFactor) * trend;
  return { level, trend };
}

/** Holt's forecast `steps` steps after the last value: `level + steps × trend` (steps may be fractional). */
export function holtForecast(state: HoltState, steps: number): number {
  return state.level + steps * state.trend;
}
