'use client';

import type { FieldProblem } from '@vigil/types';
import { useId } from 'react';
import { problemsAt } from '../../lib/alerts/field-problems';
import { SIMULATION_RANGES, switchSimulationRange, type SimulationRange, type SimulationRangeDraft } from '../../lib/scaling/simulation-draft';
import { TIME_RANGES } from '../../lib/time-range';
import { TextField } from '../forms/text-field';

const CHOICES: readonly SimulationRange[] = [...SIMULATION_RANGES, 'explicit'];

function rangeLabel(range: SimulationRange): string {
  return range === 'explicit' ? 'From and to' : `Last ${TIME_RANGES[range].label}`;
}

interface SimulationRangeFieldsProps {
  id: string;
  draft: SimulationRangeDraft;
  onChange: (draft: SimulationRangeDraft) => void;
  /** Named as the API names them: `from`, `to`, `step`. */
  problems: FieldProblem[];
}

/** Which stored history to replay, and at which step. */
export function SimulationRangeFields({ id, draft, onChange, problems }: SimulationRangeFieldsProps) {
  const radioName = useId();
  return (
    <>
      <fieldset className="choice-group">
        <legend>Range</legend>
        {CHOICES.map((range) => (
          <label key={range}>
            <input
              type="radio"
              name={radioName}
              value={range}
              checked={draft.range === range}
              onChange={() => onChange(switchSimulationRange(draft, range, Date.now()))}
            />
            {rangeLabel(range)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {draft.range === 'explicit' && (
          <>
            <TextField
              id={`${id}-from`}
              label="From"
              hint="RFC 3339, such as 2026-01-01T00:00:00Z; at most 7 days before to."
              value={draft.from}
              onChange={(from) => onChange({ ...draft, from })}
              problems={problemsAt(problems, 'from')}
            />
            <TextField
              id={`${id}-to`}
              label="To"
              hint="Empty: now."
              value={draft.to}
              onChange={(to) => onChange({ ...draft, to })}
              problems={problemsAt(problems, 'to')}
            />
          </>
        )}
        <TextField
          id={`${id}-step`}
          label="Step"
          hint="15s to 1h: how often the replayed autoscaler decides, and the bucket each metric is read over."
          value={draft.step}
          onChange={(step) => onChange({ ...draft, step })}
          problems={problemsAt(problems, 'step')}
        />
      </div>
    </>
  );
}
