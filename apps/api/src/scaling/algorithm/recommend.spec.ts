import { ScalingRecommendationInput, type ScalingMetricInput } from '@vigil/types';
import { recommendReplicas } from './recommend.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');

function at(secondsAgo: number): string {
  return new Date(NOW - secondsAgo * 1_000).toISOString();
}

function recommend(body: ScalingRecommendationInput) {
  return recommendReplicas(ScalingRecommendationInput.parse(body), NOW);
}

function perInstance(name: string, target: number, values: readonly (number | undefined)[], notReady: readonly number[] = []): ScalingMetricInput {
  return { name, target, instances: values.map((value, index) => ({ name: `pod-${index}`, value, ready: !notReady.includes(index) })) };
}

const unreadable: ScalingMetricInput = { name: 'queue', target: 10, instances: [{ name: 'pod-0' }] };

describe('recommendReplicas', () => {
  describe('without behavior (the controller’s fixed rules)', () => {
    // horizontal_test.go, TestScaleUpCPU.
    it('scales up to what the metric asks for', () => {
      const result = recommend({ currentReplicas: 3, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 30, [30, 50, 70])] });
      expect(result).toMatchObject({
        desiredReplicas: 5,
        proposedReplicas: 5,
        stabilizedReplicas: 5,
        limitedBy: 'DesiredWithinRange',
        decidingMetric: 'cpu',
      });
    });

    it('scales up less with a not-ready instance', () => {
      const result = recommend({ currentReplicas: 3, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 30, [30, 50, 70], [0])] });
      expect(result.desiredReplicas).toBe(4);
    });

    it('does not scale up when not-ready instances counted at 0 reverse the direction', () => {
      const result = recommend({ currentReplicas: 3, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 30, [40, 50, 70], [1, 2])] });
      expect(result).toMatchObject({ desiredReplicas: 3, limitedBy: 'DesiredWithinRange' });
    });

    // horizontal_test.go, TestScaleDownCPU (with an empty recommendation record).
    it('scales down when the record holds no higher recommendation', () => {
      const result = recommend({
        currentReplicas: 5,
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [perInstance('cpu', 50, [10, 30, 50, 25, 25])],
        history: { recommendations: [] },
      });
      expect(result).toMatchObject({ desiredReplicas: 3, stabilizedBy: null, limitedBy: 'DesiredWithinRange' });
    });

    // horizontal_test.go, TestScaleDownStabilizeInitialSize.
    it('holds a new autoscaler’s first scale-down, as the current count is its first recommendation', () => {
      const result = recommend({ currentReplicas: 5, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 50, [10, 30, 50, 25, 25])] });
      expect(result).toMatchObject({ desiredReplicas: 5, proposedReplicas: 3, stabilizedReplicas: 5, stabilizedBy: 'ScaleDownStabilized' });
    });

    it('raises the count to a higher recommendation still in the 300 s window', () => {
      const result = recommend({
        currentReplicas: 6,
        maxReplicas: 20,
        metrics: [{ name: 'rps', current: 100, target: 100 }],
        history: { recommendations: [{ at: at(60), replicas: 10 }] },
      });
      expect(result).toMatchObject({
        desiredReplicas: 10,
        proposedReplicas: 6,
        stabilizedBy: 'ScaleDownStabilized',
        limitedBy: 'DesiredWithinRange',
      });
    });

    // horizontal_test.go, TestMetricsEdgeCases "superfluous metrics reported".
    it('stops at maxReplicas and says so', () => {
      const result = recommend({ currentReplicas: 4, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 100, [400, 950, 300, 700])] });
      expect(result).toMatchObject({ desiredReplicas: 6, proposedReplicas: 24, limitedBy: 'TooManyReplicas' });
    });

    it('multiplies a whole-workload metric by the ready replicas', () => {
      const metrics = [{ name: 'qps', current: 50, target: 10 }];
      const result = recommend({ currentReplicas: 3, readyReplicas: 1, minReplicas: 2, maxReplicas: 6, metrics });
      expect(result.desiredReplicas).toBe(5);
    });

    // horizontal_test.go, TestEventNotCreated and TestCPUScalingEdgeCases "more replicas than spec no scale".
    it('keeps the count when every metric is within tolerance', () => {
      expect(recommend({ currentReplicas: 2, maxReplicas: 5, metrics: [perInstance('cpu', 50, [50, 50])] })).toMatchObject({
        desiredReplicas: 2,
        limitedBy: 'WithinTolerance',
      });
      expect(recommend({ currentReplicas: 4, maxReplicas: 8, metrics: [perInstance('cpu', 50, [50, 50, 50, 50, 50])] })).toMatchObject({
        desiredReplicas: 4,
        limitedBy: 'WithinTolerance',
      });
    });
  });

  describe('with behavior', () => {
    it('doubles at most under the default scale-up policies', () => {
      const result = recommend({ currentReplicas: 10, maxReplicas: 100, metrics: [{ name: 'rps', current: 50, target: 10 }], behavior: {} });
      expect(result).toMatchObject({ desiredReplicas: 20, proposedReplicas: 50, limitedBy: 'ScaleUpLimit' });
    });

    it('holds a scale-up at the lowest recommendation of its window', () => {
      const result = recommend({
        currentReplicas: 1,
        maxReplicas: 10,
        metrics: [{ name: 'rps', current: 7, target: 1 }],
        behavior: { scaleUp: { stabilizationWindowSeconds: 300 } },
        history: { recommendations: [{ at: at(120), replicas: 4 }, { at: at(60), replicas: 5 }] },
      });
      expect(result).toMatchObject({ desiredReplicas: 4, proposedReplicas: 7, stabilizedBy: 'ScaleUpStabilized', limitedBy: 'DesiredWithinRange' });
    });

    it('counts a policy from the scale events of its period', () => {
      const result = recommend({
        currentReplicas: 5,
        maxReplicas: 20,
        metrics: [{ name: 'rps', current: 18, target: 10 }],
        behavior: { scaleUp: { policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] } },
        history: { events: [{ at: at(30), from: 3, to: 5 }] },
      });
      expect(result).toMatchObject({ desiredReplicas: 5, proposedReplicas: 9, limitedBy: 'ScaleUpLimit' });
    });

    it('takes a direction’s tolerance from the behavior, and a metric’s own before it (KEP-4951)', () => {
      const body = { currentReplicas: 3, maxReplicas: 10, behavior: { scaleUp: { tolerance: 0.01 } } };
      expect(recommend({ ...body, metrics: [{ name: 'rps', current: 20.666, target: 20 }] }).desiredReplicas).toBe(4);
      expect(recommend({ ...body, metrics: [{ name: 'rps', current: 20.666, target: 20, scaleUpTolerance: 0.1 }] })).toMatchObject({
        desiredReplicas: 3,
        limitedBy: 'WithinTolerance',
      });
    });
  });

  describe('a current count outside [min, max]', () => {
    // horizontal_test.go, TestScaleRCImmediately.
    it('is raised to minReplicas without consulting the metrics', () => {
      const result = recommend({ currentReplicas: 1, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 50, [0])] });
      expect(result).toMatchObject({ desiredReplicas: 2, limitedBy: 'TooFewReplicas', proposedReplicas: null, decidingMetric: null });
    });

    it('is lowered to maxReplicas without consulting the metrics', () => {
      const result = recommend({ currentReplicas: 6, minReplicas: 2, maxReplicas: 5, metrics: [perInstance('cpu', 50, [800, 950, 100])] });
      expect(result).toMatchObject({ desiredReplicas: 5, limitedBy: 'TooManyReplicas', proposedReplicas: null });
    });
  });

  describe('at zero replicas', () => {
    // horizontal_test.go, TestManualScaleToZeroDisablesHPA and TestScaleUpFromZeroWithoutCondition.
    it('stays at zero when the workload was scaled to zero by hand', () => {
      expect(recommend({ currentReplicas: 0, minReplicas: 1, maxReplicas: 6, metrics: [perInstance('cpu', 50, [])] })).toMatchObject({
        desiredReplicas: 0,
        limitedBy: 'ScalingDisabled',
      });
      expect(recommend({ currentReplicas: 0, minReplicas: 0, maxReplicas: 6, metrics: [{ name: 'qps', current: 20, target: 15 }] })).toMatchObject({
        desiredReplicas: 0,
        limitedBy: 'ScalingDisabled',
      });
    });

    // horizontal_test.go, TestScaleUpCMObject "scale up from zero …".
    it('comes back up on a whole-workload metric after the autoscaler scaled to zero, ignoring tolerance', () => {
      const body = { currentReplicas: 0, minReplicas: 0, maxReplicas: 6, history: { scaledToZero: true } };
      expect(recommend({ ...body, metrics: [{ name: 'qps', current: 20, target: 15 }] })).toMatchObject({
        desiredReplicas: 2,
        limitedBy: 'DesiredWithinRange',
      });
      expect(recommend({ ...body, metrics: [{ name: 'qps', current: 1, target: 1 }] }).desiredReplicas).toBe(1);
    });

    // horizontal_test.go, TestScaleUpFromZeroWhenMinReplicasIncreased.
    it('comes back to a raised minReplicas', () => {
      const metrics = [{ name: 'qps', current: 10, target: 15 }];
      const body = { currentReplicas: 0, minReplicas: 2, maxReplicas: 6, history: { scaledToZero: true }, metrics };
      expect(recommend(body)).toMatchObject({ desiredReplicas: 2, proposedReplicas: 1, limitedBy: 'TooFewReplicas' });
      expect(recommend({ ...body, behavior: {} })).toMatchObject({ desiredReplicas: 2, limitedBy: 'TooFewReplicas' });
    });

    it('stays at zero when no metric can be read on the way back up', () => {
      const result = recommend({ currentReplicas: 0, minReplicas: 2, maxReplicas: 6, history: { scaledToZero: true }, metrics: [unreadable] });
      expect(result).toMatchObject({ desiredReplicas: 0, limitedBy: 'FailedComputeMetricsReplicas' });
    });

    // horizontal_test.go, TestScaleDownCM "scale down to zero external metric …".
    it('scales down to zero with minReplicas 0 and a whole-workload metric at 0', () => {
      const result = recommend({
        currentReplicas: 5,
        minReplicas: 0,
        maxReplicas: 6,
        metrics: [{ name: 'qps', current: 0, target: 14.4 }],
        history: { recommendations: [] },
      });
      expect(result).toMatchObject({ desiredReplicas: 0, limitedBy: 'DesiredWithinRange' });
    });
  });

  describe('with a metric that cannot be read', () => {
    // horizontal_test.go, TestNoScaleDownOneMetricEmpty.
    it('keeps the count rather than scale down on the others', () => {
      const result = recommend({
        currentReplicas: 5,
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [perInstance('cpu', 50, [10, 30, 50, 25, 25]), unreadable],
        history: { recommendations: [] },
      });
      expect(result).toMatchObject({ desiredReplicas: 5, limitedBy: 'FailedComputeMetricsReplicas', proposedReplicas: null });
      expect(result.metrics[1]).toMatchObject({ name: 'queue', desiredReplicas: null, problem: 'no ready instance reported a value' });
    });

    // horizontal_test.go, TestScaleUpOneMetricEmpty.
    it('still scales up on the others', () => {
      const result = recommend({ currentReplicas: 3, minReplicas: 2, maxReplicas: 6, metrics: [perInstance('cpu', 30, [30, 40, 50]), unreadable] });
      expect(result).toMatchObject({ desiredReplicas: 4, decidingMetric: 'cpu' });
    });
  });

  it('dates the answer with the evaluation time and explains each metric', () => {
    const result = recommend({ currentReplicas: 3, maxReplicas: 6, metrics: [{ name: 'qps', current: 20, target: 15 }] });
    expect(result.at).toBe('2026-03-01T12:00:00.000Z');
    expect(result.metrics).toEqual([
      {
        name: 'qps',
        current: 20,
        target: 15,
        ratio: 20 / 15,
        adjustedRatio: null,
        desiredReplicas: 4,
        withinTolerance: false,
        tolerance: { scaleUp: 0.1, scaleDown: 0.1 },
        instances: { ready: 3, missing: 0, notReady: 0 },
        problem: null,
      },
    ]);
  });
});
