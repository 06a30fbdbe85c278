import { DEFAULT_SCALING_METRICS, type ServiceScalingMetric } from '@vigil/types';
import { describeBand, describeTarget, formatMetricValue, formatUsageRatio, thresholdsOf, unitOfSource } from './metric-format';

function seed(name: string): ServiceScalingMetric {
  const metric = DEFAULT_SCALING_METRICS.find((item) => item.name === name);
  if (!metric) throw new Error(`no seed metric ${name}`);
  return metric;
}

describe('unitOfSource', () => {
  it('reads _ratio sources and ratioOf shares as ratios, _seconds sources as seconds', () => {
    expect(unitOfSource(seed('cpu').source)).toBe('ratio');
    expect(unitOfSource(seed('error_rate').source)).toBe('ratio');
    expect(unitOfSource(seed('response_time_p95').source)).toBe('seconds');
    expect(unitOfSource(seed('requests_in_flight').source)).toBe('plain');
  });

  it('reads a count or rate of a _seconds metric as a bare number', () => {
    expect(unitOfSource({ metric: 'vigil_http_request_duration_seconds', aggregation: 'rate' })).toBe('plain');
  });
});

describe('formatMetricValue', () => {
  it('shows ratios as percent and seconds as milliseconds, without float noise', () => {
    expect(formatMetricValue(0.5 * 1.4, 'ratio')).toBe('70%');
    expect(formatMetricValue(2, 'seconds')).toBe('2000 ms');
    expect(formatMetricValue(0.0125, 'seconds')).toBe('12.5 ms');
    expect(formatMetricValue(55, 'plain')).toBe('55');
  });

  it('shows a dash for a value the API could not compute', () => {
    expect(formatMetricValue(null, 'ratio')).toBe('—');
  });
});

describe('describeBand', () => {
  it('reads the seeds as the thresholds they were written from', () => {
    expect(describeBand(seed('cpu'), 'ratio')).toBe('scale up above 70%, down below 30%');
    expect(describeBand(seed('error_rate'), 'ratio')).toBe('scale up above 5%, down below 1%');
    expect(describeBand(seed('response_time_p95'), 'seconds')).toBe('scale up above 2000 ms, down below 500 ms');
    expect(describeBand(seed('requests_in_flight'), 'plain')).toBe('scale up above 100, down below 10');
  });

  it('says a scale-down tolerance of 1 or more never scales down', () => {
    expect(describeBand({ target: 0.5, scaleUpTolerance: 0.1, scaleDownTolerance: 1 }, 'ratio')).toBe('scale up above 55%, never down');
  });
});

describe('describeTarget', () => {
  it('writes one tolerance when both are equal', () => {
    expect(describeTarget(seed('cpu'), 'ratio')).toBe('target 50%, tolerance 0.4');
  });

  it('writes both tolerances when they differ', () => {
    const evaluation = { target: 0.5, tolerance: { scaleUp: 0.1, scaleDown: 0.25 } };
    expect(describeTarget(thresholdsOf(evaluation), 'ratio')).toBe('target 50%, tolerance 0.1 up, 0.25 down');
  });
});

describe('formatUsageRatio', () => {
  it('shows current over target as a multiple', () => {
    expect(formatUsageRatio(1.4)).toBe('1.40×');
    expect(formatUsageRatio(null)).toBe('—');
  });
});
