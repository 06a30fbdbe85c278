import { ALERT_COMPARATORS, ANOMALY_METHODS, METRIC_QUERY_FUNCTIONS, type FieldProblem } from '@vigil/types';
import { problemsAt } from '../../lib/alerts/field-problems';
import type { RuleDraft } from '../../lib/alerts/rule-draft';
import { SelectField } from '../forms/select-field';
import { CheckField, TextField } from '../forms/text-field';

const DIRECTIONS = ['both', 'above', 'below'] as const;
const HEALTH_STATUSES = ['down', 'degraded'] as const;

interface RuleConditionFieldsProps {
  id: string;
  draft: RuleDraft;
  onChange: (changes: Partial<RuleDraft>) => void;
  problems: FieldProblem[];
}

/** What the rule watches: a query with a threshold or a baseline, or a component's health. */
export function RuleConditionFields({ id, draft, onChange, problems }: RuleConditionFieldsProps) {
  const at = (field: string, path = field) => ({ id: `${id}-${field}`, problems: problemsAt(problems, path) });
  if (draft.kind === 'health') {
    return (
      <>
        <TextField {...at('component', 'health.component')} label="Component" hint="A component name, or * for all." value={draft.component} onChange={(component) => onChange({ component })} />
        <SelectField {...at('healthStatus', 'health.status')} label="Fires at" options={HEALTH_STATUSES} labels={{ down: 'down', degraded: 'degraded or down' }} value={draft.healthStatus} onChange={(healthStatus) => onChange({ healthStatus })} />
        <CheckField {...at('criticalOnly', 'health.criticalOnly')} label="Critical components only" checked={draft.criticalOnly} onChange={(criticalOnly) => onChange({ criticalOnly })} />
      </>
    );
  }
  return (
    <>
      <TextField {...at('metric', 'query.metric')} label="Metric" value={draft.metric} onChange={(metric) => onChange({ metric })} />
      <SelectField {...at('aggregation', 'query.aggregation')} label="Aggregation" options={METRIC_QUERY_FUNCTIONS} value={draft.aggregation} onChange={(aggregation) => onChange({ aggregation })} />
      <TextField {...at('window', 'query.window')} label="Window" value={draft.window} onChange={(window) => onChange({ window })} />
      {draft.kind === 'threshold' ? (
        <>
          <SelectField {...at('comparator')} label="Comparator" options={ALERT_COMPARATORS} value={draft.comparator} onChange={(comparator) => onChange({ comparator })} />
          <TextField {...at('threshold')} label="Threshold" inputMode="numeric" value={draft.threshold} onChange={(threshold) => onChange({ threshold })} />
        </>
      ) : (
        <>
          <SelectField {...at('method', 'anomaly.method')} label="Method" options={ANOMALY_METHODS} labels={{ zscore: 'z-score', iqr: 'IQR' }} value={draft.method} onChange={(method) => onChange({ method })} />
          <TextField {...at('baselineWindow', 'anomaly.baselineWindow')} label="Baseline window" value={draft.baselineWindow} onChange={(baselineWindow) => onChange({ baselineWindow })} />
          <TextField
            {...at('sensitivity', 'anomaly.sensitivity')}
            label="Sensitivity"
            hint="z-score: standard deviations; IQR: multiples of the interquartile range."
            inputMode="numeric"
            value={draft.sensitivity}
            onChange={(sensitivity) => onChange({ sensitivity })}
          />
          <SelectField {...at('direction', 'anomaly.direction')} label="Direction" options={DIRECTIONS} value={draft.direction} onChange={(direction) => onChange({ direction })} />
        </>
      )}
    </>
  );
}
