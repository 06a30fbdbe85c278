import { ScalingMetricInput, type ScalingMetric, type ScalingMetricInput as MetricBody } from '@vigil/types';
import { proposeReplicas, type ProposalContext } from './metric-proposal.js';

function metrics(...bodies: MetricBody[]): ScalingMetric[] {
  return bodies.map((body) => ScalingMetricInput.parse(body));
}

function context(currentReplicas: number): ProposalContext {
  return { currentReplicas, readyReplicas: currentReplicas, tolerancesOf: () => ({ scaleUp: 0.1, scaleDown: 0.1 }) };
}

const unreadable: MetricBody = { name: 'queue', target: 10, instances: [{ name: 'a' }, { name: 'b' }] };

describe('proposeReplicas', () => {
  it('takes the largest count any metric asks for and names that metric', () => {
    const proposal = proposeReplicas(metrics({ name: 'cpu', current: 20, target: 15 }, { name: 'rps', current: 30, target: 10 }), context(3));
    expect(proposal).toMatchObject({ replicas: 9, decidingMetric: 'rps' });
    expect(proposal.metrics.map((metric) => metric.desiredReplicas)).toEqual([4, 9]);
  });

  it('keeps the first of two metrics asking for the same count', () => {
    const proposal = proposeReplicas(metrics({ name: 'a', current: 20, target: 15 }, { name: 'b', current: 40, target: 30 }), context(3));
    expect(proposal.decidingMetric).toBe('a');
  });

  // horizontal_test.go, TestScaleUpOneMetricEmpty.
  it('still scales up on the usable metrics when another cannot be read', () => {
    const cpu: MetricBody = { name: 'cpu', target: 30, instances: [30, 40, 50].map((value, i) => ({ name: `p${i}`, value })) };
    expect(proposeReplicas(metrics(cpu, unreadable), context(3))).toMatchObject({ replicas: 4, decidingMetric: 'cpu' });
  });

  // horizontal_test.go, TestNoScaleDownOneMetricEmpty.
  it('gives up rather than scale down while a metric cannot be read', () => {
    const cpu: MetricBody = { name: 'cpu', target: 50, instances: [10, 30, 50, 25, 25].map((value, i) => ({ name: `p${i}`, value })) };
    const proposal = proposeReplicas(metrics(cpu, unreadable), context(5));
    expect(proposal).toMatchObject({ replicas: null, decidingMetric: null });
    expect(proposal.metrics[0]?.desiredReplicas).toBe(3);
  });

  // horizontal_test.go, TestMetricsEdgeCases "empty metrics from all pods".
  it('gives up when no metric can be read', () => {
    expect(proposeReplicas(metrics(unreadable), context(4)).replicas).toBeNull();
  });

  it('proposes 0 when every metric asks for none', () => {
    expect(proposeReplicas(metrics({ name: 'a', current: 0, target: 5 }), context(2))).toMatchObject({ replicas: 0, decidingMetric: 'a' });
  });
});
