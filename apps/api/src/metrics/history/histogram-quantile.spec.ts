import { histogramQuantile } from './histogram-quantile.js';

describe('histogramQuantile', () => {
  const bounds = [0.1, 0.5, 1];

  it('interpolates linearly inside the bucket holding the rank', () => {
    // 10 observations: 4 ≤ 0.1, 4 in (0.1, 0.5], 2 in (0.5, 1].
    const cumulative = [4, 8, 10];
    expect(histogramQuantile(0.5, bounds, cumulative, 10)).toBeCloseTo(0.1 + 0.4 * (1 / 4), 10);
    expect(histogramQuantile(0.2, bounds, cumulative, 10)).toBeCloseTo(0.05, 10);
    expect(histogramQuantile(0.95, bounds, cumulative, 10)).toBeCloseTo(0.5 + 0.5 * 0.75, 10);
  });

  it('answers the highest finite bound when the rank is in the +Inf bucket', () => {
    expect(histogramQuantile(0.99, bounds, [1, 2, 3], 10)).toBe(1);
  });

  it('answers null for an empty histogram', () => {
    expect(histogramQuantile(0.5, bounds, [0, 0, 0], 0)).toBeNull();
  });
});
