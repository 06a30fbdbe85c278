import type { AlertRule, AlertRuleInput } from '@vigil/types';

/** PUT takes a whole rule: the stored rule as input, with `changes` on top. */
export function ruleToInput(rule: AlertRule, changes: Partial<AlertRuleInput> = {}): AlertRuleInput {
  const input: AlertRuleInput = {
    name: rule.name,
    kind: rule.kind,
    for: rule.for,
    keepFiringFor: rule.keepFiringFor,
    cooldown: rule.cooldown,
    severity: rule.severity,
    labels: rule.labels,
    annotations: rule.annotations,
    channelIds: rule.channelIds,
    escalationPolicyId: rule.escalationPolicyId,
    enabled: rule.enabled,
  };
  if (rule.query) input.query = rule.query;
  if (rule.comparator !== null) input.comparator = rule.comparator;
  if (rule.threshold !== null) input.threshold = rule.threshold;
  if (rule.anomaly) input.anomaly = rule.anomaly;
  if (rule.health) input.health = rule.health;
  return { ...input, ...changes };
}

/** One line a person reads: `avg(vigil_system_cpu_utilisation_ratio[5m]) > 0.9 for 2m`. */
export function describeCondition(rule: AlertRule): string {
  const hold = rule.for && rule.for !== '0s' ? ` for ${rule.for}` : '';
  if (rule.kind === 'health' && rule.health) {
    const component = rule.health.component === '*' ? 'any component' : rule.health.component;
    return `${component} is ${rule.health.status ?? 'down'}${rule.health.criticalOnly ? ' (critical only)' : ''}${hold}`;
  }
  if (!rule.query) return `(no query)${hold}`;
  const { metric, aggregation, window, matchers = {}, ratioOf, by } = rule.query;
  const selector = (extra: Record<string, string>) => {
    const text = Object.entries({ ...matchers, ...extra })
      .map(([key, value]) => `${key}="${value}"`)
      .join(',');
    return `${aggregation}(${metric}${text ? `{${text}}` : ''}[${window}])`;
  };
  // ratioOf divides the matching part by the whole, e.g. 5xx requests over all requests.
  const value = ratioOf ? `${selector(ratioOf)} / ${selector({})}` : selector({});
  const series = by && by.length > 0 ? `${value} by (${by.join(', ')})` : value;
  if (rule.kind === 'anomaly' && rule.anomaly) {
    return `${series} deviates (${rule.anomaly.method}, ×${rule.anomaly.sensitivity}, baseline ${rule.anomaly.baselineWindow})${hold}`;
  }
  return `${series} ${rule.comparator ?? '>'} ${rule.threshold ?? '?'}${hold}`;
}
