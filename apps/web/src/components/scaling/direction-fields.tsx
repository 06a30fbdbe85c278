import { SELECT_POLICIES, type FieldProblem, type SelectPolicy } from '@vigil/types';
import { problemsAt } from '../../lib/alerts/field-problems';
import type { Direction, DirectionDraft } from '../../lib/scaling/policy-draft';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';

const TITLES: Record<Direction, string> = { scaleUp: 'Scale up', scaleDown: 'Scale down' };

const SELECT_LABELS: Record<Direction, Record<SelectPolicy, string>> = {
  scaleUp: { Max: 'Max: the policy adding the most', Min: 'Min: the policy adding the fewest', Disabled: 'Disabled: never scale up' },
  scaleDown: { Max: 'Max: the policy removing the most', Min: 'Min: the policy removing the fewest', Disabled: 'Disabled: never scale down' },
};

const WINDOW_HINTS: Record<Direction, string> = {
  scaleUp: 'Scales up to the lowest count recommended within it; 0 acts at once.',
  scaleDown: 'Scales down to the highest count recommended within it.',
};

interface DirectionFieldsProps {
  id: string;
  direction: Direction;
  draft: DirectionDraft;
  onChange: (draft: DirectionDraft) => void;
  problems: FieldProblem[];
}

/** One direction of the HPA's behavior: its stabilization window and which rate policy wins. */
export function DirectionFields({ id, direction, draft, onChange, problems }: DirectionFieldsProps) {
  const path = `behavior.${direction}`;
  return (
    <fieldset className="level-fields stack-sm">
      <legend>{TITLES[direction]}</legend>
      <TextField
        id={`${id}-window`}
        label="Stabilization window (seconds)"
        inputMode="numeric"
        hint={WINDOW_HINTS[direction]}
        value={draft.stabilizationWindowSeconds}
        onChange={(stabilizationWindowSeconds) => onChange({ ...draft, stabilizationWindowSeconds })}
        problems={problemsAt(problems, `${path}.stabilizationWindowSeconds`)}
      />
      <SelectField
        id={`${id}-select`}
        label="Select policy"
        options={SELECT_POLICIES}
        labels={SELECT_LABELS[direction]}
        value={draft.selectPolicy}
        onChange={(selectPolicy) => onChange({ ...draft, selectPolicy })}
        problems={problemsAt(problems, `${path}.selectPolicy`)}
      />
    </fieldset>
  );
}
