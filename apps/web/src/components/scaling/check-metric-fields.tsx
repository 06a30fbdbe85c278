import type { FieldProblem } from '@vigil/types';
import { problemsAt } from '../../lib/alerts/field-problems';
import type { CheckMetricDraft } from '../../lib/scaling/check-draft';
import { TextField } from '../forms/text-field';

interface CheckMetricFieldsProps {
  id: string;
  index: number;
  metric: CheckMetricDraft;
  onChange: (metric: CheckMetricDraft) => void;
  onRemove: (() => void) | null;
  problems: FieldProblem[];
}

/** One metric of a check: its value now and its target, in the metric's own unit. */
export function CheckMetricFields({ id, index, metric, onChange, onRemove, problems }: CheckMetricFieldsProps) {
  const field = (name: keyof CheckMetricDraft) => ({
    id: `${id}-${name}`,
    value: metric[name],
    onChange: (value: string) => onChange({ ...metric, [name]: value }),
    problems: problemsAt(problems, `metrics[${index}].${name}`),
  });
  return (
    <fieldset className="card stack-sm level-fields">
      <legend>Metric {index + 1}</legend>
      <div className="form-grid">
        <TextField label="Name" {...field('name')} />
        <TextField label="Current value" inputMode="numeric" {...field('current')} />
        <TextField label="Target" inputMode="numeric" {...field('target')} />
        <TextField label="Scale-up tolerance" inputMode="numeric" hint="Empty: 0.1" {...field('scaleUpTolerance')} />
        <TextField label="Scale-down tolerance" inputMode="numeric" hint="Empty: 0.1" {...field('scaleDownTolerance')} />
      </div>
      {onRemove && (
        <div>
          <button type="button" className="button button-small" onClick={onRemove}>
            Remove metric {index + 1}
          </button>
        </div>
      )}
    </fieldset>
  );
}
