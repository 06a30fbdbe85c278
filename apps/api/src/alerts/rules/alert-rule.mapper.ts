import type { AlertRule } from '@vigil/types';
import type { AlertRuleRow } from './alert-rule.repository.js';

/** A stored rule as the API answers it. */
export function toAlertRule(row: AlertRuleRow): AlertRule {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
