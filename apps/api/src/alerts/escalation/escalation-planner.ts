import type { StoredRule } from '../rules/rule-spec.js';
import type { StoredPolicy } from './escalation-policy.mapper.js';

import type { AlertRow } from '../lifecycle/alert-row.js';

export interface EscalationStep {
  alert: AlertRow;
  /** 1-based level reached. */
  level: number;
  channelIds: string[];
}

/**
 * Levels an alert has newly reached: a firing alert (not acknowledged, not silenced)
 * reaches level N once it has fired for that level's `afterMinutes`. Acknowledging
 * moves the alert out of `firing`, which is what stops escalation.
 */
export function planEscalations(
  alerts: readonly AlertRow[],
  rules: ReadonlyMap<string, StoredRule>,
  policies: ReadonlyMap<string, StoredPolicy>,
  now: Date,
): EscalationStep[] {
  const steps: EscalationStep[] = [];
  for (const alert of alerts) {
    if (alert.status !== 'firing' || !alert.firedAt || !alert.ruleId) continue;
    const policyId = rules.get(alert.ruleId)?.escalationPolicyId;
    const policy = policyId ? policies.get(policyId) : undefined;
    if (!policy) continue;
    const firingMinutes = (now.getTime() - alert.firedAt.getTime()) / 60_000;
    const levels = [...policy.levels].sort((a, b) => a.afterMinutes - b.afterMinutes);
    for (let i = alert.escalationLevel; i < levels.length; i++) {
      const level = levels[i]!;
      if (firingMinutes < level.afterMinutes) break;
      steps.push({ alert, level: i + 1, channelIds: level.channelIds });
    }
  }
  return steps;
}
