import type { MetricPoint } from '@vigil/types';
import { linearRegression } from './linear-fit.js';
import { thresholdCrossing } from './threshold-crossing.js';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const DAY = 86_400_000;
const week = { from: NOW, to: NOW + 7 * DAY };

describe('thresholdCrossing', () => {
  it('answers when a rising value reaches the threshold', () => {
    // 0.5 now, +0.01 per minute: 0.7 in 20 minutes.
    const trend = { at: NOW, value: 0.5, slopePerSecond: 0.01 / 60 };
    expect(thresholdCrossing(trend, 0.7, 'above', week)).toBe(NOW + 20 * MINUTE);
  });

  it('answers when a falling value reaches the threshold from above, for below', () => {
    // 100 GB free, 5 GB less a day: 10 GB left in 18 days.
    const trend = { at: NOW, value: 100, slopePerSecond: -5 / 86_400 };
    expect(thresholdCrossing(trend, 10, 'below', { from: NOW, to: NOW + 90 * DAY })).toBe(NOW + 18 * DAY);
  });

  it('is exact to the sample interval on the line fitted to a linear series', () => {
    // A gauge sampled every minute, rising 0.01 a minute from 0.30: it reaches 0.70 at its
    // 40th sample, 20 minutes after the last of the 21 stored ones.
    const points: MetricPoint[] = Array.from({ length: 21 }, (_, i) => [NOW - (20 - i) * MINUTE, 0.3 + i * 0.01]);
    const fit = linearRegression(points, NOW)!;
    const at = thresholdCrossing({ at: NOW, value: fit.intercept, slopePerSecond: fit.slope }, 0.7, 'above', week)!;
    expect(Math.abs(at - (NOW + 20 * MINUTE))).toBeLessThan(MINUTE);
    expect(Math.abs(at - (NOW + 20 * MINUTE))).toBeLessThanOrEqual(1);
  });

  it('answers none when the trend is flat or moves away', () => {
    expect(thresholdCrossing({ at: NOW, value: 0.5, slopePerSecond: 0 }, 0.7, 'above', week)).toBeUndefined();
    expect(thresholdCrossing({ at: NOW, value: 0.5, slopePerSecond: -0.001 }, 0.7, 'above', week)).toBeUndefined();
    expect(thresholdCrossing({ at: NOW, value: 0.5, slopePerSecond: 0.001 }, 0.3, 'below', week)).toBeUndefined();
  });

  it('answers the start of the range when the value is there already, whatever the trend', () => {
    expect(thresholdCrossing({ at: NOW, value: 0.9, slopePerSecond: -0.001 }, 0.7, 'above', week)).toBe(NOW);
    expect(thresholdCrossing({ at: NOW, value: 0.7, slopePerSecond: 0 }, 0.7, 'above', week)).toBe(NOW);
    expect(thresholdCrossing({ at: NOW, value: 0.2, slopePerSecond: 0 }, 0.3, 'below', week)).toBe(NOW);
  });

  it('carries a trend known at an earlier time forward to the range', () => {
    // Known a minute before the range starts; crossed 30 s before it: the range's start.
    expect(thresholdCrossing({ at: NOW - MINUTE, value: 0, slopePerSecond: 1 }, 30, 'above', week)).toBe(NOW);
    expect(thresholdCrossing({ at: NOW - MINUTE, value: 0, slopePerSecond: 1 }, 90, 'above', week)).toBe(NOW + 30_000);
  });

  it('answers none when the crossing lies past the end of the range', () => {
    const trend = { at: NOW, value: 0, slopePerSecond: 1 / 86_400 };
    expect(thresholdCrossing(trend, 8, 'above', week)).toBeUndefined();
    expect(thresholdCrossing(trend, 7, 'above', week)).toBe(NOW + 7 * DAY);
  });

  it('answers none for numbers that are not finite', () => {
    expect(thresholdCrossing({ at: NOW, value: NaN, slopePerSecond: 1 }, 1, 'above', week)).toBeUndefined();
    expect(thresholdCrossing({ at: NOW, value: 0, slopePerSecond: NaN }, 1, 'above', week)).toBeUndefined();
  });
});
