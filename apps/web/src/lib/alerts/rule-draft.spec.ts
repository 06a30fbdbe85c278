import type { AlertRule } from '@vigil/types';
import { thresholdRule } from './alert-rule.fixture';
import { ruleDraftOf, ruleDraftProblems, ruleInputOf } from './rule-draft';

const threshold: AlertRule = {
  ...thresholdRule,
  query: { ...thresholdRule.query!, by: ['instance'] },
  annotations: { summary: 'CPU high', runbookUrl: 'https://runbooks.example/cpu' },
  channelIds: ['c1'],
};

describe('ruleInputOf', () => {
  it('turns a threshold rule into an anomaly rule, keeping its query and the fields the form does not show', () => {
    const draft = { ...ruleDraftOf(threshold), kind: 'anomaly' as const, method: 'iqr' as const, sensitivity: '1.5', baselineWindow: '2h' };
    const input = ruleInputOf(draft, threshold);
    expect(input).toMatchObject({
      kind: 'anomaly',
      query: { metric: 'vigil_system_cpu_utilisation_ratio', by: ['instance'] },
      anomaly: { method: 'iqr', sensitivity: 1.5, baselineWindow: '2h', direction: 'both' },
      labels: { team: 'ops' },
      channelIds: ['c1'],
      annotations: { runbookUrl: 'https://runbooks.example/cpu' },
    });
    expect(input).not.toHaveProperty('threshold');
    expect(input).not.toHaveProperty('comparator');
  });

  it('sends only the health condition for a health rule', () => {
    const draft = { ...ruleDraftOf(null), name: 'Any degraded', kind: 'health' as const, component: 'database', healthStatus: 'degraded' as const, criticalOnly: true };
    const input = ruleInputOf(draft, null);
    expect(input).toMatchObject({ kind: 'health', health: { component: 'database', status: 'degraded', criticalOnly: true } });
    expect(input).not.toHaveProperty('query');
  });
});

describe('ruleDraftProblems', () => {
  it('names an empty sensitivity instead of sending zero', () => {
    expect(ruleDraftProblems({ ...ruleDraftOf(null), kind: 'anomaly', sensitivity: ' ' })).toEqual([{ field: 'anomaly.sensitivity', problem: 'must be a number' }]);
  });
});
