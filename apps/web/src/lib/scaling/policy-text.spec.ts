import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP } from '@vigil/types';
import { describeRules, describeSource } from './policy-text';
import { seededPolicy } from './scaling.fixture';

describe('describeRules', () => {
  it('reads the Kubernetes defaults of both directions', () => {
    expect(describeRules(DEFAULT_SCALE_UP)).toBe('at most the larger of 4 pods per 15 s or 100 % per 15 s, no stabilization window');
    expect(describeRules(DEFAULT_SCALE_DOWN)).toBe('at most 100 % per 15 s, after a 300 s stabilization window');
  });

  it('names the smaller change for Min and nothing else for Disabled', () => {
    expect(describeRules({ ...DEFAULT_SCALE_UP, selectPolicy: 'Min' })).toBe('at most the smaller of 4 pods per 15 s or 100 % per 15 s, no stabilization window');
    expect(describeRules({ ...DEFAULT_SCALE_DOWN, selectPolicy: 'Disabled' })).toBe('disabled');
  });
});

describe('describeSource', () => {
  it('writes the aggregation over the window, and a share as part over whole', () => {
    expect(describeSource(seededPolicy.metrics[0]!.source)).toBe('avg(vigil_system_cpu_utilisation_ratio[1m])');
    expect(describeSource(seededPolicy.metrics[4]!.source)).toBe(
      'increase(vigil_http_requests_total{status_class="5xx"}[5m]) / increase(vigil_http_requests_total[5m])',
    );
  });
});
