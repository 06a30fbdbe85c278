'use client';

import type { FieldProblem, ScalingSimulationInput, ServiceScalingPolicy } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { policyDraftOf, type PolicyDraft } from '../../lib/scaling/policy-draft';
import {
  DEFAULT_SIMULATION_RANGE,
  proposedPolicyProblems,
  simulationDraftProblems,
  simulationFieldPaths,
  simulationInputOf,
  type SimulationRangeDraft,
} from '../../lib/scaling/simulation-draft';
import { FormProblems } from '../forms/form-problems';
import { PolicyDraftFields } from './policy-draft-fields';
import { SimulationRangeFields } from './simulation-range-fields';

interface SimulationFormProps {
  /** The stored policy: the replay's current one, and where the proposed one starts. */
  policy: ServiceScalingPolicy;
  isPending: boolean;
  /** The last simulation's failure; its field problems show at the fields. */
  failure: Error | null;
  onSimulate: (input: ScalingSimulationInput) => void;
}

/** A range of stored history and a proposed policy to replay it with, next to the stored one. */
export function SimulationForm({ policy, isPending, failure, onSimulate }: SimulationFormProps) {
  const [range, setRange] = useState<SimulationRangeDraft>(DEFAULT_SIMULATION_RANGE);
  const [draft, setDraft] = useState<PolicyDraft>(() => policyDraftOf(policy));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  // Named as the API names them; the policy's fields get theirs without the `proposed.` in front.
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = simulationDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    onSimulate(simulationInputOf(policy.service, range, draft, Date.now()));
  }

  function startOver() {
    setDraft(policyDraftOf(policy));
    setChecked([]);
  }

  return (
    <form className="stack-sm" onSubmit={handleSubmit} aria-label="Simulate a policy" noValidate>
      <SimulationRangeFields id={`${id}-range`} draft={range} onChange={setRange} problems={problems} />
      <fieldset className="stack-sm level-fields">
        <legend>Proposed policy</legend>
        <p className="muted hint">
          Starts as the stored policy of {policy.service}; its rate policies and metric sources are replayed as stored.
        </p>
        <PolicyDraftFields id={`${id}-policy`} draft={draft} onChange={setDraft} problems={proposedPolicyProblems(problems)} />
        <div>
          <button type="button" className="button button-small" onClick={startOver}>
            Start again from the stored policy
          </button>
        </div>
      </fieldset>
      <FormProblems unclaimed={unclaimedProblems(problems, simulationFieldPaths(range, draft))} failure={failure} hasFieldProblems={problems.length > 0} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? 'Simulating…' : 'Simulate'}
        </button>
      </div>
    </form>
  );
}
