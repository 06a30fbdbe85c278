import type { AlertRule } from '@vigil/types';
import { describeCondition, ruleToInput } from './rule-input';

const rule: AlertRule = {
  id: 'r1',
  name: 'High CPU',
  kind: 'threshold',
  query: { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', window: '5m' },
  comparator: '>',
  threshold: 0.9,
  anomaly: null,
  health: null,
  for: '2m',
  keepFiringFor: '1m',
  cooldown: '0s',
  severity: 'warning',
  labels: { team: 'ops' },
  annotations: { summary: 'CPU high' },
  channelIds: [],
  escalationPolicyId: null,
  enabled: true,
  isDefault: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

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
