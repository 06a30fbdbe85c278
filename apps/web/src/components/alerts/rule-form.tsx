'use client';

import { ALERT_COMPARATORS, ALERT_SEVERITIES, METRIC_QUERY_FUNCTIONS, type AlertComparator, type AlertRule, type AlertRuleInput, type AlertSeverity, type FieldProblem, type MetricQueryFunction } from '@vigil/types';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ruleToInput } from '../../lib/alerts/rule-input';
import { ApiError } from '../../lib/api-client';
import { useCreateAlertRule } from '../../lib/hooks/use-create-alert-rule';
import { useEscalationPolicies } from '../../lib/hooks/use-escalation-policies';
import { useUpdateAlertRule } from '../../lib/hooks/use-update-alert-rule';
import { FormButtons } from '../forms/form-buttons';
import { FormProblems } from '../forms/form-problems';

interface Draft {
  name: string;
  metric: string;
  aggregation: MetricQueryFunction;
  window: string;
  comparator: AlertComparator;
  threshold: string;
  for: string;
  severity: AlertSeverity;
  summary: string;
  /** '' for none. */
  escalationPolicyId: string;
}

function draftOf(rule: AlertRule | null): Draft {
  return {
    name: rule?.name ?? '',
    metric: rule?.query?.metric ?? 'vigil_system_cpu_utilisation_ratio',
    aggregation: rule?.query?.aggregation ?? 'avg',
    window: rule?.query?.window ?? '5m',
    comparator: rule?.comparator ?? '>',
    threshold: rule?.threshold === null || rule?.threshold === undefined ? '0.9' : String(rule.threshold),
    for: rule?.for ?? '2m',
    severity: rule?.severity ?? 'warning',
    summary: rule?.annotations.summary ?? '',
    escalationPolicyId: rule?.escalationPolicyId ?? '',
  };
}

function inputOf(draft: Draft, rule: AlertRule | null): AlertRuleInput {
  const changes: AlertRuleInput = {
    name: draft.name.trim(),
    kind: 'threshold',
    query: { ...(rule?.query ?? {}), metric: draft.metric.trim(), aggregation: draft.aggregation, window: draft.window.trim() },
    comparator: draft.comparator,
    // Checked before submit: Number('') is 0, which would silently set a zero threshold.
    threshold: Number(draft.threshold),
    for: draft.for.trim(),
    severity: draft.severity,
    annotations: { ...(rule?.annotations ?? {}), summary: draft.summary.trim() || undefined },
    escalationPolicyId: draft.escalationPolicyId || null,
  };
  return rule ? ruleToInput(rule, changes) : changes;
}

/** Threshold rules: create, or edit one (other kinds keep their fields and can be toggled from the list). */
export function RuleForm({ rule, onDone }: { rule: AlertRule | null; onDone: () => void }) {
  const create = useCreateAlertRule();
  const update = useUpdateAlertRule();
  const policies = useEscalationPolicies();
  const [draft, setDraft] = useState(() => draftOf(rule));
  const [localProblem, setLocalProblem] = useState<FieldProblem | null>(null);
  const id = useId();
  const failure = create.error ?? update.error;
  const fieldProblems = failure instanceof ApiError ? failure.fieldProblems : [];
  const isPending = create.isPending || update.isPending;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.threshold.trim() === '' || !Number.isFinite(Number(draft.threshold))) {
      setLocalProblem({ field: 'threshold', problem: 'must be a number' });
      return;
    }
    setLocalProblem(null);
    const input = inputOf(draft, rule);
    if (rule) update.mutate({ id: rule.id, input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  const field = (key: keyof Draft, label: string, control: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {control}
    </div>
  );

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-label={rule ? `Edit rule ${rule.name}` : 'New alert rule'} noValidate>
      <h2>{rule ? `Edit ${rule.name}` : 'New threshold rule'}</h2>
      <div className="form-grid">
        {field('name', 'Name', <input id={`${id}-name`} autoFocus className="input" value={draft.name} onChange={(e) => set('name')(e.target.value)} required />)}
        {field('metric', 'Metric', <input id={`${id}-metric`} className="input mono" value={draft.metric} onChange={(e) => set('metric')(e.target.value)} spellCheck={false} />)}
        {field(
          'aggregation',
          'Aggregation',
          <select id={`${id}-aggregation`} className="input" value={draft.aggregation} onChange={(e) => set('aggregation')(METRIC_QUERY_FUNCTIONS.find((f) => f === e.target.value) ?? 'avg')}>
            {METRIC_QUERY_FUNCTIONS.map((fn) => (
              <option key={fn}>{fn}</option>
            ))}
          </select>,
        )}
        {field('window', 'Window', <input id={`${id}-window`} className="input input-short" value={draft.window} onChange={(e) => set('window')(e.target.value)} />)}
        {field(
          'comparator',
          'Comparator',
          <select id={`${id}-comparator`} className="input input-short" value={draft.comparator} onChange={(e) => set('comparator')(ALERT_COMPARATORS.find((c) => c === e.target.value) ?? '>')}>
            {ALERT_COMPARATORS.map((comparator) => (
              <option key={comparator}>{comparator}</option>
            ))}
          </select>,
        )}
        {field('threshold', 'Threshold', <input id={`${id}-threshold`} className="input input-short" inputMode="decimal" value={draft.threshold} onChange={(e) => set('threshold')(e.target.value)} />)}
        {field('for', 'For', <input id={`${id}-for`} className="input input-short" value={draft.for} onChange={(e) => set('for')(e.target.value)} />)}
        {field(
          'severity',
          'Severity',
          <select id={`${id}-severity`} className="input" value={draft.severity} onChange={(e) => set('severity')(ALERT_SEVERITIES.find((s) => s === e.target.value) ?? 'warning')}>
            {ALERT_SEVERITIES.map((severity) => (
              <option key={severity}>{severity}</option>
            ))}
          </select>,
        )}
        {field(
          'escalationPolicyId',
          'Escalation policy',
          <select id={`${id}-escalationPolicyId`} className="input" value={draft.escalationPolicyId} onChange={(e) => set('escalationPolicyId')(e.target.value)}>
            <option value="">None</option>
            {(policies.data ?? []).map((policy) => (
              <option key={policy.id} value={policy.id}>
                {policy.name}
              </option>
            ))}
          </select>,
        )}
        {field('summary', 'Summary', <input id={`${id}-summary`} className="input" value={draft.summary} onChange={(e) => set('summary')(e.target.value)} />)}
      </div>
      <p className="muted hint">Durations like 30s, 5m, 1h.</p>
      <FormProblems
        unclaimed={[...(localProblem ? [localProblem] : []), ...fieldProblems]}
        failure={failure}
        hasFieldProblems={fieldProblems.length > 0}
      />
      <FormButtons isPending={isPending} submitLabel={rule ? 'Save rule' : 'Create rule'} onCancel={onDone} />
    </form>
  );
}
