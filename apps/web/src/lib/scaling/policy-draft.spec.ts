import { bandOf, ServiceScalingPolicyInput, type ServiceScalingPolicy } from '@vigil/types';
import { numberDraftOf, type NumberDraft } from './number-draft';
import { policyDraftOf, policyDraftProblems, policyFieldPaths, policyInputOf, switchThresholdForm, thresholdsOfDraft, type MetricDraft, type PolicyDraft } from './policy-draft';
import { seededPolicy } from './scaling.fixture';

function metricAt(draft: PolicyDraft, index: number): MetricDraft {
  const metric = draft.metrics[index];
  if (!metric) throw new Error(`no metric at ${index}`);
  return metric;
}

function withMetric(draft: PolicyDraft, index: number, change: (metric: MetricDraft) => MetricDraft): PolicyDraft {
  return { ...draft, metrics: draft.metrics.map((metric, at) => (at === index ? change(metric) : metric)) };
}

const typed = (text: string): NumberDraft => ({ text, exact: null });

describe('policyDraftOf', () => {
  it('shows ratio targets and bands in percent and seconds in ms', () => {
    const draft = policyDraftOf(seededPolicy);
    expect(metricAt(draft, 0)).toMatchObject({ unit: 'ratio', target: { text: '50' }, scaleUpTolerance: { text: '0.4' }, up: { text: '70' }, down: { text: '30' } });
    expect(metricAt(draft, 2)).toMatchObject({ unit: 'seconds', target: { text: '1250' }, up: { text: '2000' }, down: { text: '500' } });
  });
});

describe('policyInputOf', () => {
  it('sends an untouched policy back exactly as stored, tolerances of many digits included', () => {
    const input = policyInputOf(policyDraftOf(seededPolicy));
    expect(input).toEqual({ minReplicas: 2, maxReplicas: 20, behavior: seededPolicy.behavior, metrics: seededPolicy.metrics });
    expect(input.metrics?.[4]?.scaleUpTolerance).toBe(seededPolicy.metrics[4]?.scaleUpTolerance);
    expect(ServiceScalingPolicyInput.safeParse(input).success).toBe(true);
  });

  it('keeps the stored workload through a save: the form does not edit it', () => {
    const workload = { kind: 'Deployment' as const, namespace: 'shop', name: 'checkout' };
    const input = policyInputOf({ ...policyDraftOf({ ...seededPolicy, workload }), minReplicas: '3' });
    expect(input).toMatchObject({ minReplicas: 3, workload });
  });

  it('reads a target typed in percent as a ratio and keeps the metric source', () => {
    const draft = withMetric(policyDraftOf(seededPolicy), 0, (metric) => ({ ...metric, target: typed('60'), scaleDownTolerance: typed('0.2') }));
    expect(policyInputOf(draft).metrics?.[0]).toEqual({ ...seededPolicy.metrics[0], target: 0.6, scaleUpTolerance: 0.4, scaleDownTolerance: 0.2 });
  });

  it('turns an edited band into the target and tolerance that make it', () => {
    const draft = withMetric(policyDraftOf(seededPolicy), 0, (metric) => ({ ...switchThresholdForm(metric, 'band'), up: typed('80'), down: typed('40') }));
    const metric = policyInputOf(draft).metrics?.[0];
    expect(metric?.target).toBeCloseTo(0.6);
    expect(metric?.scaleUpTolerance).toBeCloseTo(1 / 3);
    expect(metric?.scaleDownTolerance).toBeCloseTo(1 / 3);
  });

  it('changes the stabilization windows and select policies, keeping the rate policies', () => {
    const draft: PolicyDraft = {
      ...policyDraftOf(seededPolicy),
      scaleUp: { stabilizationWindowSeconds: '60', selectPolicy: 'Min' },
      scaleDown: { stabilizationWindowSeconds: '600', selectPolicy: 'Disabled' },
    };
    expect(policyInputOf(draft).behavior).toEqual({
      scaleUp: { ...seededPolicy.behavior.scaleUp, stabilizationWindowSeconds: 60, selectPolicy: 'Min' },
      scaleDown: { ...seededPolicy.behavior.scaleDown, stabilizationWindowSeconds: 600, selectPolicy: 'Disabled' },
    });
  });
});

describe('switchThresholdForm', () => {
  const uneven: ServiceScalingPolicy = {
    ...seededPolicy,
    metrics: [{ ...seededPolicy.metrics[0]!, target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 0.25 }],
  };

  it('carries a target and uneven tolerances into their band', () => {
    const band = switchThresholdForm(metricAt(policyDraftOf(uneven), 0), 'band');
    expect(band).toMatchObject({ form: 'band', up: { text: '55' }, down: { text: '37.5' } });
  });

  it('keeps the stored target when the band was only looked at, on switching back and on saving', () => {
    const band = switchThresholdForm(metricAt(policyDraftOf(uneven), 0), 'band');
    expect(thresholdsOfDraft(band)).toEqual({ target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 0.25 });
    expect(thresholdsOfDraft(switchThresholdForm(band, 'target'))).toEqual({ target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 0.25 });
  });

  it('moves an edited band back as its midpoint with equal tolerances', () => {
    const band = { ...switchThresholdForm(metricAt(policyDraftOf(uneven), 0), 'band'), up: typed('90'), down: typed('10') };
    const back = switchThresholdForm(band, 'target');
    expect(back).toMatchObject({ form: 'target', target: { text: '50' }, scaleUpTolerance: { text: '0.8' }, scaleDownTolerance: { text: '0.8' } });
    expect(bandOf(thresholdsOfDraft(back)!).up).toBeCloseTo(0.9);
  });

  it('switches without converting while a value is not a number', () => {
    const metric = { ...metricAt(policyDraftOf(seededPolicy), 0), target: typed('') };
    expect(switchThresholdForm(metric, 'band')).toMatchObject({ form: 'band', up: { text: '70' } });
  });
});

describe('policyDraftProblems', () => {
  it('names empty and fractional counts instead of sending 0', () => {
    const draft: PolicyDraft = { ...policyDraftOf(seededPolicy), minReplicas: ' ', scaleDown: { stabilizationWindowSeconds: '1.5', selectPolicy: 'Max' } };
    expect(policyDraftProblems(draft)).toEqual([
      { field: 'minReplicas', problem: 'must be a whole number' },
      { field: 'behavior.scaleDown.stabilizationWindowSeconds', problem: 'must be a whole number' },
    ]);
  });

  it('names a band whose scale-up threshold is not above its scale-down threshold', () => {
    const draft = withMetric(policyDraftOf(seededPolicy), 1, (metric) => ({ ...switchThresholdForm(metric, 'band'), up: typed('30'), down: numberDraftOf(0.3, 100) }));
    expect(policyDraftProblems(draft)).toEqual([{ field: 'metrics[1].band.up', problem: 'must be above the scale-down threshold' }]);
  });

  it('names a target that is not a number', () => {
    const draft = withMetric(policyDraftOf(seededPolicy), 0, (metric) => ({ ...metric, target: typed('fifty') }));
    expect(policyDraftProblems(draft)).toEqual([{ field: 'metrics[0].target', problem: 'must be a number' }]);
  });
});

describe('policyFieldPaths', () => {
  it('names the bounds, both directions and each metric\'s thresholds, not the sources or rate policies', () => {
    const paths = policyFieldPaths(policyDraftOf(seededPolicy));
    expect(paths).toEqual(expect.arrayContaining(['minReplicas', 'behavior.scaleDown.selectPolicy', 'metrics[0].target', 'metrics[4].band']));
    expect(paths).not.toContain('behavior.scaleUp.policies');
    expect(paths.some((path) => path.includes('source'))).toBe(false);
  });
});
