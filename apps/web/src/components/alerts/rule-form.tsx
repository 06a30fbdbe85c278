'use client';

import { ALERT_RULE_KINDS, ALERT_SEVERITIES, type AlertRule, type FieldProblem } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { ruleDraftOf, ruleDraftProblems, ruleInputOf, type RuleDraft } from '../../lib/alerts/rule-draft';
import { ApiError } from '../../lib/api-client';
import { useCreateAlertRule, useUpdateAlertRule } from '../../lib/hooks/alert-rules';
import { useEscalationPolicies } from '../../lib/hooks/escalation-policies';
import { FormButtons } from '../forms/form-buttons';
import { FormField } from '../forms/form-field';
import { FormProblems } from '../forms/form-problems';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { RuleConditionFields } from './rule-condition-fields';

const KIND_LABELS = { threshold: 'Threshold', anomaly: 'Anomaly (baseline)', health: 'Component health' } as const;
const SHOWN_PATHS = ['name', 'kind', 'query.metric', 'query.aggregation', 'query.window', 'comparator', 'threshold', 'anomaly', 'health', 'for', 'severity', 'annotations.summary', 'escalationPolicyId'];

/** Create a rule of any kind, or edit one: a full PUT that keeps the fields this form does not show. */
export function RuleForm({ rule, onDone }: { rule: AlertRule | null; onDone: () => void }) {
  const create = useCreateAlertRule();
  const update = useUpdateAlertRule();
  const policies = useEscalationPolicies();
  const [draft, setDraft] = useState(() => ruleDraftOf(rule));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = create.error ?? update.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const isPending = create.isPending || update.isPending;
  const set = (changes: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = ruleDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    const input = ruleInputOf(draft, rule);
    if (rule) update.mutate({ id: rule.id, input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-label={rule ? `Edit rule ${rule.name}` : 'New alert rule'} noValidate>
      <h2>{rule ? `Edit ${rule.name}` : 'New rule'}</h2>
      <div className="form-grid">
        <TextField id={`${id}-name`} label="Name" autoFocus value={draft.name} onChange={(name) => set({ name })} problems={problemsAt(problems, 'name')} />
        <SelectField id={`${id}-kind`} label="Kind" options={ALERT_RULE_KINDS} labels={KIND_LABELS} value={draft.kind} onChange={(kind) => set({ kind })} problems={problemsAt(problems, 'kind')} />
        <RuleConditionFields id={id} draft={draft} onChange={set} problems={problems} />
        <TextField id={`${id}-for`} label="For" value={draft.for} onChange={(value) => set({ for: value })} problems={problemsAt(problems, 'for')} />
        <SelectField id={`${id}-severity`} label="Severity" options={ALERT_SEVERITIES} value={draft.severity} onChange={(severity) => set({ severity })} problems={problemsAt(problems, 'severity')} />
        <FormField id={`${id}-policy`} label="Escalation policy" problems={problemsAt(problems, 'escalationPolicyId')}>
          {(aria) => (
            <select {...aria} className="input" value={draft.escalationPolicyId} onChange={(event) => set({ escalationPolicyId: event.target.value })}>
              <option value="">None</option>
              {(policies.data ?? []).map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField id={`${id}-summary`} label="Summary" value={draft.summary} onChange={(summary) => set({ summary })} problems={problemsAt(problems, 'annotations.summary')} />
      </div>
      <p className="muted hint">Durations like 30s, 5m, 1h.</p>
      <FormProblems unclaimed={unclaimedProblems(problems, SHOWN_PATHS)} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={isPending} submitLabel={rule ? 'Save rule' : 'Create rule'} onCancel={onDone} />
    </form>
  );
}
