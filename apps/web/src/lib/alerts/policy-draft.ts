import type { EscalationPolicy, EscalationPolicyInput, FieldProblem } from '@vigil/types';

export interface LevelDraft {
  afterMinutes: string;
  channelIds: string[];
}

export interface PolicyDraft {
  name: string;
  levels: LevelDraft[];
}

export function policyDraftOf(policy: EscalationPolicy | null): PolicyDraft {
  if (!policy) return { name: '', levels: [{ afterMinutes: '15', channelIds: [] }] };
  return { name: policy.name, levels: policy.levels.map((level) => ({ afterMinutes: String(level.afterMinutes), channelIds: level.channelIds })) };
}

/** Minutes that are not a whole number are named here: Number('') would silently be 0. */
export function policyLocalProblems(draft: PolicyDraft): FieldProblem[] {
  return draft.levels.flatMap((level, index) =>
    level.afterMinutes.trim() === '' || !Number.isInteger(Number(level.afterMinutes))
      ? [{ field: `levels[${index}].afterMinutes`, problem: 'must be a whole number of minutes' }]
      : [],
  );
}

export function policyInputOf(draft: PolicyDraft): EscalationPolicyInput {
  return { name: draft.name.trim(), levels: draft.levels.map((level) => ({ afterMinutes: Number(level.afterMinutes), channelIds: level.channelIds })) };
}
