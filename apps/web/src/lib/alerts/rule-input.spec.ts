import type { AlertRule } from '@vigil/types';
import { thresholdRule } from './alert-rule.fixture';
import { describeCondition, ruleToInput } from './rule-input';

const rule = thresholdRule;

describe('ruleToInput', () => {
  it('carries every stored field into a full PUT body, with changes on top', () => {
    const input = ruleToInput(rule, { enabled: false });
    expect(input).toMatchObject({ name: 'High CPU', threshold: 0.9, comparator: '>', labels: { team: 'ops' }, enabled: false });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('anomaly');
  });
});

describe('describeCondition', () => {
  it('reads like PromQL with the hold time', () => {
    expect(describeCondition(rule)).toBe('avg(vigil_system_cpu_utilisation_ratio[5m]) > 0.9 for 2m');
  });

  it('shows a ratio rule as part over whole, split by its labels', () => {
    const ratio: AlertRule = {
      ...rule,
      query: { metric: 'vigil_http_requests_total', aggregation: 'increase', window: '5m', ratioOf: { status_class: '5xx' }, by: ['route'] },
      threshold: 0.05,
    };
    expect(describeCondition(ratio)).toBe(
      'increase(vigil_http_requests_total{status_class="5xx"}[5m]) / increase(vigil_http_requests_total[5m]) by (route) > 0.05 for 2m',
    );
  });

  it('names the component of a health rule', () => {
    expect(describeCondition({ ...rule, kind: 'health', query: null, health: { component: '*', status: 'degraded' }, for: '0s' })).toBe(
      'any component is degraded',
    );
  });
});
