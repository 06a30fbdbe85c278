import { detectAnomaly } from './anomaly-detector.js';

const steady = [10, 11, 9, 10, 10, 11, 9, 10];

describe('detectAnomaly', () => {
  it('flags a value many standard deviations from the baseline mean (z-score)', () => {
    const spec = { method: 'zscore' as const, baselineWindow: '1h', sensitivity: 3 };
    expect(detectAnomaly(30, steady, spec)).toMatchObject({ isAnomalous: true });
    expect(detectAnomaly(10.5, steady, spec)).toMatchObject({ isAnomalous: false });
    expect(detectAnomaly(30, steady, spec)!.score).toBeCloseTo(20 / Math.sqrt(0.5), 5);
  });

  it('flags a value beyond Tukey fences (IQR), on the side asked for', () => {
    const spec = { method: 'iqr' as const, baselineWindow: '1h', sensitivity: 1.5 };
    const verdict = detectAnomaly(30, steady, spec)!;
    expect(verdict.isAnomalous).toBe(true);
    // Sorted 9 9 10 10 10 10 11 11: Q1 9.75, Q3 10.25 (linear), IQR 0.5.
    expect(verdict.upper).toBeCloseTo(10.25 + 1.5 * 0.5, 5);
    expect(detectAnomaly(0, steady, { ...spec, direction: 'above' })!.isAnomalous).toBe(false);
    expect(detectAnomaly(0, steady, { ...spec, direction: 'below' })!.isAnomalous).toBe(true);
  });

  it('gives no verdict on a baseline too short to mean anything', () => {
    expect(detectAnomaly(100, [1, 2, 3], { method: 'zscore', baselineWindow: '1h', sensitivity: 3 })).toBeNull();
  });
});
