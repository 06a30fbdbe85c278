'use client';

import type { FieldProblem, ServiceScalingPolicy } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { useUpdateScalingPolicy } from '../../lib/hooks/scaling';
import { DIRECTIONS, policyDraftOf, policyDraftProblems, policyInputOf, type MetricDraft, type PolicyDraft } from '../../lib/scaling/policy-draft';
import { FormButtons } from '../forms/form-buttons';
import { FormProblems } from '../forms/form-problems';
import { TextField } from '../forms/text-field';
import { DirectionFields } from './direction-fields';
import { PolicyMetricFields } from './policy-metric-fields';

/** Paths the form's controls show; the rest (a metric's source, the rate policies) are listed above the buttons. */
function shownPaths(draft: PolicyDraft): string[] {
  return [
    'minReplicas',
    'maxReplicas',
    ...DIRECTIONS.flatMap((direction) => [`behavior.${direction}.stabilizationWindowSeconds`, `behavior.${direction}.selectPolicy`]),
    ...draft.metrics.flatMap((_, index) => ['target', 'scaleUpTolerance', 'scaleDownTolerance', 'band'].map((field) => `metrics[${index}].${field}`)),
  ];
}

/** A full PUT of the service's policy: bounds, both directions' windows and select policies, each metric's thresholds. */
export function PolicyEditor({ policy, onDone }: { policy: ServiceScalingPolicy; onDone: () => void }) {
  const update = useUpdateScalingPolicy();
  const [draft, setDraft] = useState<PolicyDraft>(() => policyDraftOf(policy));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = update.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const set = (changes: Partial<PolicyDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const setMetric = (index: number, metric: MetricDraft) =>
    setDraft((current) => ({ ...current, metrics: current.metrics.map((item, at) => (at === index ? metric : item)) }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = policyDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    update.mutate({ service: policy.service, input: policyInputOf(draft) }, { onSuccess: onDone });
  }

  return (
    <form className="stack-sm" onSubmit={handleSubmit} aria-label={`Edit the scaling policy of ${policy.service}`} noValidate>
      <div className="form-grid">
        <TextField
          id={`${id}-min`}
          label="Minimum replicas"
          inputMode="numeric"
          autoFocus
          value={draft.minReplicas}
          onChange={(minReplicas) => set({ minReplicas })}
          problems={problemsAt(problems, 'minReplicas')}
        />
        <TextField
          id={`${id}-max`}
          label="Maximum replicas"
          inputMode="numeric"
          value={draft.maxReplicas}
          onChange={(maxReplicas) => set({ maxReplicas })}
          problems={problemsAt(problems, 'maxReplicas')}
        />
      </div>
      <div className="form-grid">
        {DIRECTIONS.map((direction) => (
          <DirectionFields
            key={direction}
            id={`${id}-${direction}`}
            direction={direction}
            draft={draft[direction]}
            onChange={(next) => set({ [direction]: next })}
            problems={problems}
          />
        ))}
      </div>
      <p className="muted hint">
        A metric acts once its value leaves the band target × (1 + scale-up tolerance) to target × (1 − scale-down tolerance). Tolerances go from 0
        to 10; a scale-down tolerance of 1 or more never scales down.
      </p>
      {draft.metrics.map((metric, index) => (
        <PolicyMetricFields
          key={metric.stored.name}
          id={`${id}-metric-${index}`}
          index={index}
          metric={metric}
          onChange={(next) => setMetric(index, next)}
          problems={problems}
        />
      ))}
      <FormProblems unclaimed={unclaimedProblems(problems, shownPaths(draft))} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={update.isPending} submitLabel="Save policy" onCancel={onDone} />
    </form>
  );
}
