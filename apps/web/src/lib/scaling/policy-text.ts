import type { ScalingMetricSource, ScalingPolicy, ScalingRules } from '@vigil/types';

function policyText(policy: ScalingPolicy): string {
  const amount = policy.type === 'Pods' ? `${policy.value} ${policy.value === 1 ? 'pod' : 'pods'}` : `${policy.value} %`;
  return `${amount} per ${policy.periodSeconds} s`;
}

/** "at most the larger of 4 pods per 15 s or 100 % per 15 s, no stabilization window" */
export function describeRules(rules: ScalingRules): string {
  if (rules.selectPolicy === 'Disabled') return 'disabled';
  const texts = rules.policies.map(policyText);
  const choice = rules.selectPolicy === 'Max' ? 'the larger' : 'the smaller';
  const limit = texts.length === 1 ? `at most ${texts[0]}` : `at most ${choice} of ${texts.join(' or ')}`;
  const window = rules.stabilizationWindowSeconds > 0 ? `after a ${rules.stabilizationWindowSeconds} s stabilization window` : 'no stabilization window';
  return `${limit}, ${window}`;
}

/** Reads like the alert rules' conditions: `avg(vigil_system_cpu_utilisation_ratio[1m])`, a share as part over whole. */
export function describeSource(source: ScalingMetricSource): string {
  const selector = (extra: Record<string, string>) => {
    const text = Object.entries({ ...source.matchers, ...extra })
      .map(([key, value]) => `${key}="${value}"`)
      .join(',');
    return `${source.aggregation}(${source.metric}${text ? `{${text}}` : ''}[${source.window}])`;
  };
  return source.ratioOf ? `${selector(source.ratioOf)} / ${selector({})}` : selector({});
}
