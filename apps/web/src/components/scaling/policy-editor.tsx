'use client';

import type { FieldProblem, ServiceScalingPolicy } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { useUpdateScalingPolicy } from '../../lib/hooks/scaling';
import { policyDraftOf, policyDraftProblems, policyFieldPaths, policyInputOf, type PolicyDraft } from '../../lib/scaling/policy-draft';
import { FormButtons } from '../forms/form-buttons';
import { FormProblems } from '../forms/form-problems';
import { PolicyDraftFields } from './policy-draft-fields';

/** A full PUT of the service's policy: bounds, both directions' windows and select policies, each metric's thresholds. */
export function PolicyEditor({ policy, onDone }: { policy: ServiceScalingPolicy; onDone: () => void }) {
  const update = useUpdateScalingPolicy();
  const [draft, setDraft] = useState<PolicyDraft>(() => policyDraftOf(policy));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = update.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = policyDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    update.mutate({ service: policy.service, input: policyInputOf(draft) }, { onSuccess: onDone });
  }

  return (
    <form className="stack-sm" onSubmit={handleSubmit} aria-label={`Edit the scaling policy of ${policy.service}`} noValidate>
      <PolicyDraftFields id={id} draft={draft} onChange={setDraft} problems={problems} autoFocus />
      <FormProblems unclaimed={unclaimedProblems(problems, policyFieldPaths(draft))} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={update.isPending} submitLabel="Save policy" onCancel={onDone} />
    </form>
  );
}
