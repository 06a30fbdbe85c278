'use client';

import { DEFAULT_SCALE_DOWN, type FieldProblem, type ScalingServiceStatus } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { useScalingRecommendation } from '../../lib/hooks/scaling';
import { checkDraftOf, checkDraftProblems, EMPTY_CHECK_METRIC, EXAMPLE_CHECK, recommendationInputOf, type CheckDraft } from '../../lib/scaling/check-draft';
import { Panel } from '../feedback/panel';
import { FormProblems } from '../forms/form-problems';
import { TextField } from '../forms/text-field';
import { CheckMetricFields } from './check-metric-fields';
import { RecommendationResult } from './recommendation-result';

const COUNT_FIELDS = [
  ['currentReplicas', 'Current replicas'],
  ['minReplicas', 'Minimum replicas'],
  ['maxReplicas', 'Maximum replicas'],
] as const;

/** Posts made-up numbers to the stateless recommend route: nothing is stored or applied. */
export function CheckPolicyForm({ service }: { service: ScalingServiceStatus | null }) {
  const check = useScalingRecommendation();
  const [draft, setDraft] = useState<CheckDraft>(EXAMPLE_CHECK);
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = check.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const shownPaths = [...COUNT_FIELDS.map(([field]) => field), ...draft.metrics.map((_, index) => `metrics[${index}]`)];
  const setMetrics = (metrics: CheckDraft['metrics']) => setDraft((current) => ({ ...current, metrics }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    check.mutate(recommendationInputOf(draft));
  }

  return (
    <Panel title="Check a policy">
      <form className="stack-sm" onSubmit={handleSubmit} aria-label="Check a policy" noValidate>
        <p className="muted hint">
          The count the HPA would choose for these numbers, with its default behavior and no history: as a new autoscaler, it scales down only after
          the {DEFAULT_SCALE_DOWN.stabilizationWindowSeconds} s scale-down window. Values are in the metric&apos;s own unit (0.7 for 70 % CPU, 2 for 2 s).
        </p>
        {service && (
          <div>
            <button type="button" className="button button-small" onClick={() => setDraft(checkDraftOf(service))}>
              Use the numbers of {service.service} now
            </button>
          </div>
        )}
        <div className="form-grid">
          {COUNT_FIELDS.map(([field, label]) => (
            <TextField
              key={field}
              id={`${id}-${field}`}
              label={label}
              inputMode="numeric"
              value={draft[field]}
              onChange={(value) => setDraft((current) => ({ ...current, [field]: value }))}
              problems={problemsAt(problems, field)}
            />
          ))}
        </div>
        {draft.metrics.map((metric, index) => (
          <CheckMetricFields
            key={index}
            id={`${id}-metric-${index}`}
            index={index}
            metric={metric}
            problems={problems}
            onChange={(next) => setMetrics(draft.metrics.map((item, at) => (at === index ? next : item)))}
            onRemove={draft.metrics.length > 1 ? () => setMetrics(draft.metrics.filter((_, at) => at !== index)) : null}
          />
        ))}
        <div>
          <button type="button" className="button button-small" onClick={() => setMetrics([...draft.metrics, EMPTY_CHECK_METRIC])}>
            Add metric
          </button>
        </div>
        <FormProblems unclaimed={unclaimedProblems(problems, shownPaths)} failure={failure} hasFieldProblems={problems.length > 0} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={check.isPending}>
            {check.isPending ? 'Checking…' : 'Check'}
          </button>
        </div>
      </form>
      <div aria-live="polite">{check.data && <RecommendationResult answer={check.data} />}</div>
    </Panel>
  );
}
