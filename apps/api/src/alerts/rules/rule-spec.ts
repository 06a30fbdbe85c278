import type { AlertRule } from '@vigil/types';

/** A validated rule with every default filled in: what is stored. */
export type RuleSpec = Omit<AlertRule, 'id' | 'isDefault' | 'createdAt' | 'updatedAt'>;
