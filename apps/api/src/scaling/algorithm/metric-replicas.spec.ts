import { ScalingMetricInput, type ScalingMetric } from '@vigil/types';
import { evaluateMetric, isWithinTolerance, type MetricContext, type Tolerances } from './metric-replicas.js';

const DEFAULT: Tolerances = { scaleUp: 0.1, scaleDown: 0.1 };

/** `values[i]` undefined: a missing metric; `notReady` lists the indexes set aside. */
function perInstance(target: number, values: readonly (number | undefined)[], notReady: readonly number[] = []): ScalingMetric {
  return ScalingMetricInput.parse({
    name: 'm',
    target,
    instances: values.map((value, index) => ({ name: `pod-${index}`, value, ready: !notReady.includes(index) })),
  });
}

function wholeWorkload(current: number, target: number): ScalingMetric {
  return ScalingMetricInput.parse({ name: 'm', current, target });
}

function context(currentReplicas: number, overrides: Partial<MetricContext> = {}): MetricContext {
  return { currentReplicas, readyReplicas: currentReplicas, tolerances: DEFAULT, ...overrides };
}

describe('isWithinTolerance', () => {
  it('includes both bounds, so 10 % above or below target does not scale', () => {
    expect(isWithinTolerance(1.1, DEFAULT)).toBe(true);
    expect(isWithinTolerance(0.9, DEFAULT)).toBe(true);
    expect(isWithinTolerance(1.1000001, DEFAULT)).toBe(false);
    expect(isWithinTolerance(0.8999999, DEFAULT)).toBe(false);
  });

  it('applies each direction its own tolerance (KEP-4951)', () => {
    const tolerances = { scaleUp: 0.01, scaleDown: 0.5 };
    expect(isWithinTolerance(1.02, tolerances)).toBe(false);
    expect(isWithinTolerance(0.55, tolerances)).toBe(true);
  });
});

describe('evaluateMetric with per-instance values', () => {
  // replica_calculator_test.go, TestReplicaCalcPodMetric.
  it('scales up to ⌈average / target × ready⌉', () => {
    expect(evaluateMetric(perInstance(15, [20, 10, 30]), context(3))).toMatchObject({ current: 20, desiredReplicas: 4, withinTolerance: false });
  });

  it('scales down to ⌈average / target × ready⌉', () => {
    expect(evaluateMetric(perInstance(20, [12, 12, 12, 12, 12]), context(5)).desiredReplicas).toBe(3);
  });

  it('keeps the count within the default 10 % tolerance', () => {
    expect(evaluateMetric(perInstance(20, [20, 21, 21]), context(3))).toMatchObject({ desiredReplicas: 3, withinTolerance: true });
  });

  it('scales up just outside a configured 1 % scale-up tolerance', () => {
    const evaluation = evaluateMetric(perInstance(20, [20, 21, 21]), context(3, { tolerances: { scaleUp: 0.01, scaleDown: 0.1 } }));
    expect(evaluation).toMatchObject({ desiredReplicas: 4, withinTolerance: false });
  });

  it('rounds a fractional average up: 31.67 / 15 over 3 instances asks for 7', () => {
    expect(evaluateMetric(perInstance(15, [50, 15, 30]), context(3)).desiredReplicas).toBe(7);
  });

  it('keeps the count when the instances that reported are at target and others are missing', () => {
    const evaluation = evaluateMetric(perInstance(20, [20, 19, 21, undefined, undefined]), context(5));
    expect(evaluation).toMatchObject({ desiredReplicas: 5, instances: { ready: 3, missing: 2, notReady: 0 } });
  });

  it('does not scale up because of a surge instance without metrics during a rolling update', () => {
    // Missing assumed at target: 12.33 / 17 over 3 asks for 3, more than 2 while the ratio says down.
    const evaluation = evaluateMetric(perInstance(17, [10, 10, undefined]), context(2));
    expect(evaluation.desiredReplicas).toBe(2);
    expect(evaluation.adjustedRatio).toBeCloseTo(37 / 3 / 17, 10);
  });

  // replica_calculator_test.go, TestReplicaCalcResourceScale (utilization in % per instance).
  it('scales up by utilization: 50 % average against 30 % gives 5', () => {
    expect(evaluateMetric(perInstance(30, [30, 50, 70]), context(3)).desiredReplicas).toBe(5);
  });

  it('scales up less with a not-ready instance, counted at 0', () => {
    const evaluation = evaluateMetric(perInstance(30, [30, 50, 70], [0]), context(3));
    expect(evaluation).toMatchObject({ current: 60, desiredReplicas: 4, instances: { ready: 2, missing: 0, notReady: 1 } });
    expect(evaluation.adjustedRatio).toBeCloseTo(40 / 30, 10);
  });

  it('does not scale up when counting not-ready instances at 0 reverses the direction', () => {
    const evaluation = evaluateMetric(perInstance(30, [40, 50, 70], [1, 2]), context(3));
    expect(evaluation).toMatchObject({ current: 40, desiredReplicas: 3, withinTolerance: false });
  });

  it('scales down over the ready instances only, leaving not-ready ones out', () => {
    expect(evaluateMetric(perInstance(50, [10, 30, 50, 25, 25], [3, 4]), context(5)).desiredReplicas).toBe(2);
  });

  it('scales down from 28 % against 50 % to 3', () => {
    expect(evaluateMetric(perInstance(50, [10, 30, 50, 25, 25]), context(5))).toMatchObject({ current: 28, desiredReplicas: 3 });
  });

  it('sets pending instances aside even without a value instead of counting them missing', () => {
    const evaluation = evaluateMetric(perInstance(50, [10, undefined, undefined, undefined, undefined], [1, 2, 3, 4]), context(5));
    expect(evaluation).toMatchObject({ desiredReplicas: 1, instances: { ready: 1, missing: 0, notReady: 4 } });
  });

  // replica_calculator_test.go, TestReplicaCalcResourceMissingMetrics.
  it('assumes missing instances at the target on a scale-down', () => {
    const evaluation = evaluateMetric(perInstance(100, [40, 9.5, undefined, undefined]), context(4));
    expect(evaluation.desiredReplicas).toBe(3);
    expect(evaluation.adjustedRatio).toBeCloseTo(249.5 / 4 / 100, 10);
  });

  it('keeps the count when the one instance that reported is exactly at target', () => {
    expect(evaluateMetric(perInstance(100, [100, undefined]), context(2))).toMatchObject({ desiredReplicas: 2, withinTolerance: true });
  });

  it('keeps the count when a missing instance assumed at 0 brings a scale-up within tolerance', () => {
    const evaluation = evaluateMetric(perInstance(100, [190, undefined]), context(2));
    expect(evaluation).toMatchObject({ desiredReplicas: 2, withinTolerance: true, adjustedRatio: 0.95 });
  });

  it('keeps the count when a missing instance assumed at target still asks for the same count', () => {
    expect(evaluateMetric(perInstance(100, [60, undefined]), context(2))).toMatchObject({ desiredReplicas: 2, adjustedRatio: 0.8 });
  });

  it('scales up with both a not-ready and a missing instance counted at 0', () => {
    const evaluation = evaluateMetric(perInstance(50, [10, 200, undefined], [0]), context(3));
    expect(evaluation).toMatchObject({ desiredReplicas: 4, instances: { ready: 1, missing: 1, notReady: 1 } });
  });

  it('counts only the instances that exist, whatever the current count', () => {
    // CPUScalingEdgeCases "missing reports from some pods": one pod at twice the target.
    expect(evaluateMetric(perInstance(50, [100]), context(4)).desiredReplicas).toBe(2);
  });

  it('cannot be used when no ready instance reported a value', () => {
    const evaluation = evaluateMetric(perInstance(50, [undefined, 80], [1]), context(2));
    expect(evaluation).toMatchObject({ desiredReplicas: null, ratio: null, current: null, problem: 'no ready instance reported a value' });
  });

  it('cannot be used without any instance', () => {
    expect(evaluateMetric(perInstance(50, []), context(2))).toMatchObject({ desiredReplicas: null, problem: 'no instances were given' });
  });

  // replica_calculator_test.go, TestReplicaCalcResourceTolerance.
  it.each([
    ['scales up at 1 % over target with tolerance 0', [101, 101, 101], { scaleUp: 0, scaleDown: 0 }, 4],
    ['keeps the count at 90 % over target within a 200 % scale-up tolerance', [189, 191, 190], { scaleUp: 2, scaleDown: 0.1 }, 3],
    ['scales up outside an 8 % scale-up tolerance whatever the scale-down one', [110, 108, 109], { scaleUp: 0.08, scaleDown: 2 }, 4],
    ['keeps the count at 35 % under target within a 36 % scale-down tolerance', [66, 64, 65], { scaleUp: 0.1, scaleDown: 0.36 }, 3],
    ['scales down at 35 % under target outside a 34 % scale-down tolerance', [66, 64, 65], { scaleUp: 0.1, scaleDown: 0.34 }, 2],
  ])('%s', (_case, values, tolerances, expected) => {
    expect(evaluateMetric(perInstance(100, values), context(3, { tolerances })).desiredReplicas).toBe(expected);
  });

  // horizontal_test.go, TestComputedToleranceAlgImplementation: ten pods at 50 %.
  it('scales down just past the tolerance and holds just inside it', () => {
    const tenAtHalf = Array<number>(10).fill(50);
    expect(evaluateMetric(perInstance(56, tenAtHalf), context(10)).desiredReplicas).toBe(9);
    expect(evaluateMetric(perInstance(55, tenAtHalf), context(10))).toMatchObject({ desiredReplicas: 10, withinTolerance: true });
  });
});

describe('evaluateMetric with one value for the whole workload', () => {
  // replica_calculator_test.go, TestReplicaCalcObjectMetric and TestReplicaCalcExternalMetric.
  it('scales up to ⌈current / target × ready⌉', () => {
    expect(evaluateMetric(wholeWorkload(20, 15), context(3))).toMatchObject({ desiredReplicas: 4, ratio: 20 / 15 });
  });

  it('multiplies by the ready replicas only', () => {
    expect(evaluateMetric(wholeWorkload(50, 10), context(3, { readyReplicas: 1 })).desiredReplicas).toBe(5);
  });

  it('scales down when only one of three replicas is ready, though the ratio is above 1', () => {
    const evaluation = evaluateMetric(wholeWorkload(8.6, 4.4), context(3, { readyReplicas: 1 }));
    expect(evaluation).toMatchObject({ desiredReplicas: 2, instances: { ready: 1, missing: 0, notReady: 2 } });
  });

  it('scales down to ⌈current / target × ready⌉', () => {
    expect(evaluateMetric(wholeWorkload(12, 20), context(5)).desiredReplicas).toBe(3);
    expect(evaluateMetric(wholeWorkload(8.6, 14.334), context(5)).desiredReplicas).toBe(3);
  });

  it('keeps the count within the default tolerance', () => {
    expect(evaluateMetric(wholeWorkload(20.666, 20), context(3))).toMatchObject({ desiredReplicas: 3, withinTolerance: true });
    expect(evaluateMetric(wholeWorkload(8.6, 8.888), context(3)).desiredReplicas).toBe(3);
  });

  it('scales up outside a configured 1 % scale-up tolerance', () => {
    const tolerances = { scaleUp: 0.01, scaleDown: 0.1 };
    expect(evaluateMetric(wholeWorkload(20.666, 20), context(3, { tolerances })).desiredReplicas).toBe(4);
    expect(evaluateMetric(wholeWorkload(8.9, 8.8), context(3, { tolerances })).desiredReplicas).toBe(4);
  });

  it('saturates at the int32 maximum instead of overflowing', () => {
    expect(evaluateMetric(wholeWorkload(9.2e18, 0.001), context(3)).desiredReplicas).toBe(2_147_483_647);
  });

  // horizontal_test.go, TestScaleUpCMObject "scale up from zero …".
  it('at zero replicas asks for ⌈ratio⌉ and ignores the tolerance', () => {
    expect(evaluateMetric(wholeWorkload(20, 15), context(0)).desiredReplicas).toBe(2);
    expect(evaluateMetric(wholeWorkload(1, 1), context(0))).toMatchObject({ desiredReplicas: 1, withinTolerance: false });
    expect(evaluateMetric(wholeWorkload(0, 5), context(0)).desiredReplicas).toBe(0);
  });
});
