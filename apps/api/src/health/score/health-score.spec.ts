import { computeHealthScore, headroom, type ScoredComponent } from './health-score.js';

const up = (measure: ScoredComponent['measure'], ratio: number, isCritical = false): ScoredComponent => ({
  status: 'up',
  isCritical,
  measure,
  ratio,
});

describe('headroom', () => {
  it.each([
    [0, 1],
    [0.5, 1],
    [0.75, 0.5],
    [0.9, 0.2],
    [1, 0],
    [1.4, 0],
  ])('scores a ratio of %d as %d', (ratio, expected) => {
    expect(headroom(ratio)).toBeCloseTo(expected, 12);
  });
});

describe('computeHealthScore', () => {
  it('gives 100 when every component is up, fast and light, with no errors', () => {
    const score = computeHealthScore({
      components: [up('latency', 0.01, true), up('latency', 0.2), up('usage', 0.4)],
      errorRatio: 0,
    });
    expect(score).toEqual({ value: 100, availability: 1, performance: 1, errorRate: 1, resources: 1 });
  });

  it('treats a term without inputs as full marks', () => {
    expect(computeHealthScore({ components: [], errorRatio: 0 }).value).toBe(100);
  });

  it('weights each term as documented, critical components twice in availability', () => {
    const score = computeHealthScore({
      components: [
        up('latency', 0.01, true), // database: 1
        { status: 'degraded', isCritical: true, measure: 'latency', ratio: 0.75 }, // redis: 0.5
        { status: 'down', isCritical: false, measure: 'latency' }, // an HTTP dependency: 0
        up('latency', 0.2), // event loop: 1
        up('usage', 0.6), // disk: 0.8
        up('usage', 0.3), // heap: 1
      ],
      errorRatio: 0.01,
    });
    // availability (2·1 + 2·0.5 + 1·0 + 1 + 1 + 1) / 8 = 0.75; performance (1 + 0.5 + 0 + 1) / 4;
    // error rate 1 − 0.01 / 0.05; resources (0.8 + 1) / 2.
    expect(score).toEqual({ value: 74, availability: 0.75, performance: 0.625, errorRate: 0.8, resources: 0.9 });
    // 100 · (0.4 · 0.75 + 0.3 · 0.625 + 0.2 · 0.8 + 0.1 · 0.9) = 73.75, rounded.
  });

  it('keeps only the error-rate and resource terms when the one critical dependency is down', () => {
    const score = computeHealthScore({
      components: [{ status: 'down', isCritical: true, measure: 'latency', ratio: 0.01 }],
      errorRatio: 0,
    });
    expect(score).toEqual({ value: 30, availability: 0, performance: 0, errorRate: 1, resources: 1 });
  });

  it('bottoms the error-rate term out at a 5% share of 5xx answers', () => {
    expect(computeHealthScore({ components: [], errorRatio: 0.05 }).errorRate).toBe(0);
    expect(computeHealthScore({ components: [], errorRatio: 0.5 })).toMatchObject({ value: 80, errorRate: 0 });
    expect(computeHealthScore({ components: [], errorRatio: 0.025 })).toMatchObject({ value: 90, errorRate: 0.5 });
  });

  it('scores a down resource as exhausted', () => {
    const score = computeHealthScore({
      components: [{ status: 'down', isCritical: false, measure: 'usage' }, up('usage', 0.1)],
      errorRatio: 0,
    });
    // availability 1/2, resources 1/2: 100 · (0.2 + 0.3 + 0.2 + 0.05).
    expect(score).toEqual({ value: 75, availability: 0.5, performance: 1, errorRate: 1, resources: 0.5 });
  });
});
