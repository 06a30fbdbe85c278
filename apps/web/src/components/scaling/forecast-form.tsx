'use client';

import type { FieldProblem, ServiceScalingMetric } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import {
  describeDefaultThreshold,
  FORECAST_DIRECTION_LABELS,
  FORECAST_DIRECTIONS,
  FORECAST_HORIZON_LABELS,
  FORECAST_HORIZONS,
  FORECAST_WINDOW_LABELS,
  FORECAST_WINDOWS,
  readThreshold,
  type ForecastSettings,
} from '../../lib/scaling/forecast-options';
import { UNIT_SYMBOL, unitOfSource } from '../../lib/scaling/metric-format';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';

interface ForecastFormProps {
  metrics: readonly ServiceScalingMetric[];
  /** The metric forecast now; the threshold is typed in its unit. */
  metric: ServiceScalingMetric;
  settings: ForecastSettings;
  /** The last forecast's failure; its field problems show at the fields. */
  failure: Error | null;
  onChange: (settings: ForecastSettings) => void;
}

/** The choices apply at once; a typed threshold applies when the form is sent, not at every key. */
export function ForecastForm({ metrics, metric, settings, failure, onChange }: ForecastFormProps) {
  const [thresholdText, setThresholdText] = useState('');
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const symbol = UNIT_SYMBOL[unitOfSource(metric.source)];
  const names = metrics.map((item) => item.name);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readThreshold(thresholdText, metric);
    setChecked(reading.isValid ? [] : [{ field: 'threshold', problem: reading.problem }]);
    if (reading.isValid) onChange({ ...settings, threshold: reading.threshold });
  }

  return (
    <form className="stack-sm" onSubmit={handleSubmit} aria-label="Forecast a metric" noValidate>
      <div className="form-grid">
        <SelectField
          id={`${id}-metric`}
          label="Metric"
          options={names}
          value={metric.name}
          onChange={(name) => onChange({ ...settings, metric: name, threshold: null })}
          problems={problemsAt(problems, 'metric')}
        />
        <SelectField
          id={`${id}-window`}
          label="History window"
          options={FORECAST_WINDOWS}
          labels={FORECAST_WINDOW_LABELS}
          value={settings.window}
          onChange={(window) => onChange({ ...settings, window })}
          problems={problemsAt(problems, 'window')}
        />
        <SelectField
          id={`${id}-horizon`}
          label="Horizon"
          options={FORECAST_HORIZONS}
          labels={FORECAST_HORIZON_LABELS}
          value={settings.horizon}
          onChange={(horizon) => onChange({ ...settings, horizon })}
          problems={problemsAt(problems, 'horizon')}
        />
        <SelectField
          id={`${id}-direction`}
          label="Direction"
          options={FORECAST_DIRECTIONS}
          labels={FORECAST_DIRECTION_LABELS}
          value={settings.direction}
          onChange={(direction) => onChange({ ...settings, direction })}
          problems={problemsAt(problems, 'direction')}
        />
        <TextField
          id={`${id}-threshold`}
          label={symbol ? `Threshold (${symbol})` : 'Threshold'}
          hint={describeDefaultThreshold(metric, settings.direction)}
          inputMode="numeric"
          value={thresholdText}
          onChange={setThresholdText}
          problems={problemsAt(problems, 'threshold')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          Apply threshold
        </button>
      </div>
    </form>
  );
}
