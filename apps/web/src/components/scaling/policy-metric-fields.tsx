'use client';

import type { FieldProblem } from '@vigil/types';
import { useId } from 'react';
import { problemsAt } from '../../lib/alerts/field-problems';
import { describeBand, describeTarget, UNIT_SYMBOL } from '../../lib/scaling/metric-format';
import { describeSource } from '../../lib/scaling/policy-text';
import { switchThresholdForm, thresholdsOfDraft, type MetricDraft, type ThresholdForm } from '../../lib/scaling/policy-draft';
import type { NumberDraft } from '../../lib/scaling/number-draft';
import { TextField } from '../forms/text-field';

const FORM_LABELS: Record<ThresholdForm, string> = { target: 'Target and tolerances', band: 'Scale-up and scale-down thresholds' };

interface PolicyMetricFieldsProps {
  id: string;
  index: number;
  metric: MetricDraft;
  onChange: (metric: MetricDraft) => void;
  problems: FieldProblem[];
}

/** One metric's thresholds, as the HPA's target and tolerances or as the band they make. */
export function PolicyMetricFields({ id, index, metric, onChange, problems }: PolicyMetricFieldsProps) {
  const radioName = useId();
  const path = `metrics[${index}]`;
  const unit = UNIT_SYMBOL[metric.unit] ? ` (${UNIT_SYMBOL[metric.unit]})` : '';
  const at = (field: string) => problemsAt(problems, `${path}.${field}`);
  // In the band form the API's problems with the target and tolerances it was turned into show at the band.
  const named = (field: string) => at(field).map((problem) => `${field}: ${problem}`);
  const number = (field: 'target' | 'scaleUpTolerance' | 'scaleDownTolerance' | 'up' | 'down') => ({
    value: metric[field].text,
    onChange: (text: string) => onChange({ ...metric, [field]: { ...metric[field], text } satisfies NumberDraft }),
    inputMode: 'numeric' as const,
  });
  const thresholds = thresholdsOfDraft(metric);
  return (
    <fieldset className="card stack-sm level-fields">
      <legend className="mono">{metric.stored.name}</legend>
      <p className="muted hint mono">{describeSource(metric.stored.source)}</p>
      <fieldset className="choice-group">
        <legend>Thresholds as</legend>
        {(['target', 'band'] as const).map((form) => (
          <label key={form}>
            <input type="radio" name={radioName} value={form} checked={metric.form === form} onChange={() => onChange(switchThresholdForm(metric, form))} />
            {FORM_LABELS[form]}
          </label>
        ))}
      </fieldset>
      {metric.form === 'target' ? (
        <div className="form-grid">
          <TextField id={`${id}-target`} label={`Target${unit}`} {...number('target')} problems={at('target')} />
          <TextField id={`${id}-up-tolerance`} label="Scale-up tolerance" {...number('scaleUpTolerance')} problems={at('scaleUpTolerance')} />
          <TextField id={`${id}-down-tolerance`} label="Scale-down tolerance" {...number('scaleDownTolerance')} problems={at('scaleDownTolerance')} />
        </div>
      ) : (
        <div className="form-grid">
          <TextField id={`${id}-up`} label={`Scale up above${unit}`} {...number('up')} problems={[...at('band.up'), ...named('target'), ...named('scaleUpTolerance')]} />
          <TextField id={`${id}-down`} label={`Scale down below${unit}`} {...number('down')} problems={[...at('band.down'), ...named('scaleDownTolerance')]} />
        </div>
      )}
      <p className="muted hint" aria-live="polite">
        {thresholds ? `${describeBand(thresholds, metric.unit)}; ${describeTarget(thresholds, metric.unit)}.` : 'Type numbers to see the band.'}
        {metric.form === 'band' && ' A changed band is saved as its midpoint with equal tolerances; the target also sets how many replicas the metric asks for.'}
      </p>
    </fieldset>
  );
}
