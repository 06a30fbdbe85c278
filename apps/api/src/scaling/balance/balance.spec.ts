import { balanceOf, type InstanceTraffic } from './balance.js';

const traffic = (instance: string, requests: number | undefined, extra: Partial<InstanceTraffic> = {}): InstanceTraffic => ({
  instance,
  requests,
  p95Seconds: 0.1,
  errorRate: 0,
  isReady: true,
  ...extra,
});

describe('balanceOf', () => {
  it('reads an even spread as imbalance 1 and variation 0, with nothing flagged', () => {
    const balance = balanceOf([traffic('a', 100), traffic('b', 100), traffic('c', 100), traffic('d', 100)]);
    expect(balance).toMatchObject({ totalRequests: 400, meanShare: 0.25, imbalance: 1, coefficientOfVariation: 0 });
    expect(balance.instances.map((i) => [i.share, i.flags])).toEqual([[0.25, []], [0.25, []], [0.25, []], [0.25, []]]);
  });

  it('flags an instance over 1.5× the mean share, and not one at exactly 1.5×', () => {
    // Shares 0.6, 0.2, 0.2 against a mean of 1/3: 1.8× is flagged.
    const skewed = balanceOf([traffic('a', 60), traffic('b', 20), traffic('c', 20)]);
    expect(skewed.instances.map((i) => i.flags)).toEqual([['overloaded'], [], []]);
    expect(skewed.imbalance).toBeCloseTo(1.8, 12);
    // Shares 0.375, 0.25, 0.125, 0.25 against 0.25: exactly 1.5× stays unflagged.
    const edge = balanceOf([traffic('a', 3), traffic('b', 2), traffic('c', 1), traffic('d', 2)]);
    expect(edge.instances.map((i) => i.flags)).toEqual([[], [], [], []]);
    expect(edge.coefficientOfVariation).toBeCloseTo(Math.sqrt(0.0078125) / 0.25, 12);
  });

  it('flags an instance that is not ready but still takes requests; not one that takes none', () => {
    const balance = balanceOf([traffic('a', 50), traffic('b', 50, { isReady: false }), traffic('c', 0, { isReady: false })]);
    expect(balance.instances.map((i) => i.flags)).toEqual([[], ['not-ready-with-traffic'], []]);
  });

  it('has no spread figures without traffic, and no error rate for an instance without requests', () => {
    const balance = balanceOf([traffic('a', undefined), traffic('b', 0)]);
    expect(balance).toMatchObject({ totalRequests: 0, meanShare: 0.5, imbalance: null, coefficientOfVariation: null });
    expect(balance.instances.map((i) => i.errorRate)).toEqual([null, null]);
  });
});
