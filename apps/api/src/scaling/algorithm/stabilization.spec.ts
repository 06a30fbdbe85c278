import { stabilizeWithBehavior, stabilizeWithoutBehavior, type TimedRecommendation } from './stabilization.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const MINUTE = 60_000;

function ago(minutes: number, replicas: number): TimedRecommendation {
  return { atMs: NOW - minutes * MINUTE, replicas };
}

// horizontal_test.go, TestNormalizeDesiredReplicas (a 5-minute window).
describe('stabilizeWithoutBehavior', () => {
  it.each([
    ['keeps the proposal with no recommendation', [], 5, 5],
    ['holds a scale-down at the highest recommendation of the window', [ago(2, 4), ago(1, 5)], 3, 5],
    ['lets a scale-down through when recent recommendations were lower', [ago(2, 1), ago(1, 2)], 3, 3],
    ['ignores recommendations older than the window', [ago(10, 10), ago(9, 9)], 3, 3],
    ['uses only the recommendations inside the window among older ones', [ago(10, 10), ago(1, 4), ago(2, 5), ago(9, 9)], 3, 5],
  ])('%s', (_case, recommendations, proposed, expected) => {
    expect(stabilizeWithoutBehavior(proposed, recommendations, 300, NOW).replicas).toBe(expected);
  });

  it('names the change ScaleDownStabilized, even when a higher recommendation pushes the count up', () => {
    expect(stabilizeWithoutBehavior(3, [ago(1, 5)], 300, NOW).stabilizedBy).toBe('ScaleDownStabilized');
    expect(stabilizeWithoutBehavior(3, [ago(1, 2)], 300, NOW).stabilizedBy).toBeNull();
  });

  it('counts a recommendation exactly at the edge of the window', () => {
    expect(stabilizeWithoutBehavior(3, [ago(5, 8)], 300, NOW).replicas).toBe(8);
  });
});

// horizontal_test.go, TestNormalizeDesiredReplicasWithBehavior.
describe('stabilizeWithBehavior', () => {
  it.each([
    ['lets a scale-down through with no recommendation', [], 100, 5, 0, 0, 5],
    ['holds a scale-down at the highest recommendation of its window', [ago(2, 4), ago(1, 5)], 100, 3, 0, 180, 5],
    ['holds a scale-up at the lowest recommendation of its window', [ago(2, 4), ago(1, 5)], 1, 7, 300, 0, 4],
    ['lets a scale-down through when recent recommendations were lower', [ago(2, 1), ago(1, 2)], 100, 3, 300, 0, 3],
    ['lets a scale-up through when recent recommendations were higher', [ago(2, 4), ago(1, 5)], 1, 3, 0, 300, 3],
    ['ignores recommendations older than the scale-down window', [ago(10, 10), ago(9, 9)], 100, 3, 0, 0, 3],
    ['ignores recommendations older than the scale-up window', [ago(10, 10), ago(9, 9)], 1, 100, 0, 0, 100],
    ['holds a scale-down among old and recent recommendations', [ago(10, 10), ago(1, 4), ago(2, 5), ago(9, 9)], 100, 3, 0, 180, 5],
    ['holds a scale-up among old and recent recommendations', [ago(100, 10), ago(1, 6), ago(2, 5), ago(3, 9)], 1, 100, 300, 0, 5],
    ['does not scale up when the proposal goes down but a window holds a higher one', [ago(100, 2), ago(3, 3)], 2, 1, 300, 300, 2],
    ['does not scale down when the proposal goes up but a window holds a lower one', [ago(100, 2), ago(3, 1)], 2, 3, 300, 300, 2],
  ])('%s', (_case, recommendations, current, proposed, upSeconds, downSeconds, expected) => {
    const windows = { scaleUpSeconds: upSeconds, scaleDownSeconds: downSeconds };
    expect(stabilizeWithBehavior(proposed, current, recommendations, windows, NOW).replicas).toBe(expected);
  });

  it('names which window changed the proposal', () => {
    const windows = { scaleUpSeconds: 300, scaleDownSeconds: 300 };
    expect(stabilizeWithBehavior(7, 1, [ago(1, 4)], windows, NOW).stabilizedBy).toBe('ScaleUpStabilized');
    expect(stabilizeWithBehavior(3, 100, [ago(1, 5)], windows, NOW).stabilizedBy).toBe('ScaleDownStabilized');
    expect(stabilizeWithBehavior(3, 100, [ago(1, 2)], windows, NOW).stabilizedBy).toBeNull();
  });

  it('leaves a recommendation exactly at the edge of a window outside it', () => {
    const windows = { scaleUpSeconds: 0, scaleDownSeconds: 300 };
    expect(stabilizeWithBehavior(3, 10, [ago(5, 8)], windows, NOW).replicas).toBe(3);
    // A 0 s scale-up window excludes even a recommendation made now.
    expect(stabilizeWithBehavior(7, 1, [ago(0, 1)], windows, NOW).replicas).toBe(7);
  });
});
