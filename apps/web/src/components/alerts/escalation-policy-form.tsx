'use client';

import type { Channel, EscalationPolicy, FieldProblem } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { policyDraftOf, policyInputOf, policyLocalProblems, type LevelDraft, type PolicyDraft } from '../../lib/alerts/policy-draft';
import { ApiError } from '../../lib/api-client';
import { useCreateEscalationPolicy, useUpdateEscalationPolicy } from '../../lib/hooks/escalation-policies';
import { TextField } from '../forms/text-field';
import { FormButtons } from '../forms/form-buttons';
import { FormProblems } from '../forms/form-problems';
import { EscalationLevelFields } from './escalation-level-fields';

interface EscalationPolicyFormProps {
  policy: EscalationPolicy | null;
  channels: Channel[];
  onDone: () => void;
}

export function EscalationPolicyForm({ policy, channels, onDone }: EscalationPolicyFormProps) {
  const create = useCreateEscalationPolicy();
  const update = useUpdateEscalationPolicy();
  const [draft, setDraft] = useState<PolicyDraft>(() => policyDraftOf(policy));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = create.error ?? update.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const otherProblems = unclaimedProblems(problems, ['name', ...draft.levels.map((_, index) => `levels[${index}]`)]);
  const isPending = create.isPending || update.isPending;
  const setLevels = (levels: LevelDraft[]) => setDraft((current) => ({ ...current, levels }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = policyLocalProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    const input = policyInputOf(draft);
    if (policy) update.mutate({ id: policy.id, input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  const lastMinutes = Number(draft.levels.at(-1)?.afterMinutes ?? 0) || 0;
  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-label={policy ? `Edit escalation policy ${policy.name}` : 'New escalation policy'} noValidate>
      <h2>{policy ? `Edit ${policy.name}` : 'New escalation policy'}</h2>
      <TextField id={`${id}-name`} label="Name" autoFocus value={draft.name} onChange={(name) => setDraft({ ...draft, name })} problems={problemsAt(problems, 'name')} />
      <p className="muted hint">While an alert fires unacknowledged, each level notifies its channels once the alert has fired that long.</p>
      {draft.levels.map((level, index) => (
        <EscalationLevelFields
          key={index}
          id={`${id}-level-${index}`}
          index={index}
          level={level}
          channels={channels}
          problems={problems}
          onChange={(next) => setLevels(draft.levels.map((item, at) => (at === index ? next : item)))}
          onRemove={draft.levels.length > 1 ? () => setLevels(draft.levels.filter((_, at) => at !== index)) : null}
        />
      ))}
      <div>
        <button type="button" className="button button-small" onClick={() => setLevels([...draft.levels, { afterMinutes: String(lastMinutes + 15), channelIds: [] }])}>
          Add level
        </button>
      </div>
      <FormProblems unclaimed={otherProblems} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={isPending} submitLabel={policy ? 'Save policy' : 'Create policy'} onCancel={onDone} />
    </form>
  );
}
