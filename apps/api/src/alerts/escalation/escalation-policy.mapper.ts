import type { EscalationPolicy } from '@vigil/types';
import type { EscalationPolicyRow } from './escalation-policy.repository.js';

/** A stored policy as the API answers it. */
export function toEscalationPolicy(row: EscalationPolicyRow): EscalationPolicy {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** What escalation reads of a policy: its levels, not its timestamps. */
export type StoredPolicy = Omit<EscalationPolicy, 'createdAt' | 'updatedAt'>;
