import { fitLine } from './least-squares.js';

describe('fitLine', () => {
  it('recovers the line through points that lie on it', () => {
    expect(fitLine([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ slope: 2, intercept: 1, rSquared: 1 });
  });

  it('fits scattered points by least squares', () => {
    // Means (1.5, 2.5); Sxx 5, Sxy 4, Syy 5: slope 0.8, intercept 1.3, r² 16/25.
    const fit = fitLine([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 2 }, { x: 3, y: 4 }]);
    expect(fit.slope).toBeCloseTo(0.8, 12);
    expect(fit.intercept).toBeCloseTo(1.3, 12);
    expect(fit.rSquared).toBeCloseTo(0.64, 12);
  });

  it('gives a flat series a zero slope', () => {
    expect(fitLine([{ x: 0, y: 7 }, { x: 5, y: 7 }])).toEqual({ slope: 0, intercept: 7, rSquared: 1 });
  });

  it('refuses fewer than two points or a single x', () => {
    expect(() => fitLine([{ x: 0, y: 1 }])).toThrow('two points');
    expect(() => fitLine([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow('distinct x');
  });
});
