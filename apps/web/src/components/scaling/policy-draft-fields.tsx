'use client';

import type { FieldProblem } from '@vigil/types';
import { problemsAt } from '../../lib/alerts/field-problems';
import { DIRECTIONS, type MetricDraft, type PolicyDraft } from '../../lib/scaling/policy-draft';
import { TextField } from '../forms/text-field';
import { DirectionFields } from './direction-fields';
import { PolicyMetricFields } from './policy-metric-fields';

interface PolicyDraftFieldsProps {
  id: string;
  draft: PolicyDraft;
  /** Gets a change to apply to the latest draft, as a state setter takes one. */
  onChange: (change: (draft: PolicyDraft) => PolicyDraft) => void;
  /** Named as the policy's own fields: `maxReplicas`, `metrics[0].target`. */
  problems: FieldProblem[];
  autoFocus?: boolean;
}

/** A policy's editable fields: bounds, both directions' windows and select policies, each metric's thresholds. */
export function PolicyDraftFields({ id, draft, onChange, problems, autoFocus }: PolicyDraftFieldsProps) {
  const set = (changes: Partial<PolicyDraft>) => onChange((current) => ({ ...current, ...changes }));
  const setMetric = (index: number, metric: MetricDraft) =>
    onChange((current) => ({ ...current, metrics: current.metrics.map((item, at) => (at === index ? metric : item)) }));
  return (
    <>
      <div className="form-grid">
        <TextField
          id={`${id}-min`}
          label="Minimum replicas"
          inputMode="numeric"
          autoFocus={autoFocus}
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
    </>
  );
}
