import type { AlertComparator, AlertRule, AlertRuleInput, AlertRuleKind, AlertSeverity, AnomalyMethod, AnomalySpec, FieldProblem, HealthRuleSpec, MetricQueryFunction } from '@vigil/types';
import { ruleToInput } from './rule-input';

export type AnomalyDirection = NonNullable<AnomalySpec['direction']>;
export type HealthStatus = NonNullable<HealthRuleSpec['status']>;

/** The rule form's fields as text; every kind's fields are kept, so switching kind loses nothing. */
export interface RuleDraft {
  name: string;
  kind: AlertRuleKind;
  metric: string;
  aggregation: MetricQueryFunction;
  window: string;
  comparator: AlertComparator;
  threshold: string;
  method: AnomalyMethod;
  baselineWindow: string;
  sensitivity: string;
  direction: AnomalyDirection;
  component: string;
  healthStatus: HealthStatus;
  criticalOnly: boolean;
  for: string;
  severity: AlertSeverity;
  summary: string;
  /** '' for none. */
  escalationPolicyId: string;
}

const numberText = (value: number | null | undefined, fallback: string) => (value === null || value === undefined ? fallback : String(value));

export function ruleDraftOf(rule: AlertRule | null): RuleDraft {
  return {
    name: rule?.name ?? '',
    kind: rule?.kind ?? 'threshold',
    metric: rule?.query?.metric ?? 'vigil_system_cpu_utilisation_ratio',
    aggregation: rule?.query?.aggregation ?? 'avg',
    window: rule?.query?.window ?? '5m',
    comparator: rule?.comparator ?? '>',
    threshold: numberText(rule?.threshold, '0.9'),
    method: rule?.anomaly?.method ?? 'zscore',
    baselineWindow: rule?.anomaly?.baselineWindow ?? '1h',
    sensitivity: numberText(rule?.anomaly?.sensitivity, '3'),
    direction: rule?.anomaly?.direction ?? 'both',
    component: rule?.health?.component ?? '*',
    healthStatus: rule?.health?.status ?? 'down',
    criticalOnly: rule?.health?.criticalOnly ?? false,
    for: rule?.for ?? '2m',
    severity: rule?.severity ?? 'warning',
    summary: rule?.annotations.summary ?? '',
    escalationPolicyId: rule?.escalationPolicyId ?? '',
  };
}

const isNumberText = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

/** Numbers the page checks itself: Number('') is 0, which would silently become a zero threshold. */
export function ruleDraftProblems(draft: RuleDraft): FieldProblem[] {
  if (draft.kind === 'threshold' && !isNumberText(draft.threshold)) return [{ field: 'threshold', problem: 'must be a number' }];
  if (draft.kind === 'anomaly' && !isNumberText(draft.sensitivity)) return [{ field: 'anomaly.sensitivity', problem: 'must be a number' }];
  return [];
}

/** The rule's annotations with its summary replaced; an empty summary removes it. */
function withSummary(annotations: Record<string, string>, summary: string): Record<string, string> {
  const { summary: _old, ...rest } = annotations;
  return summary === '' ? rest : { ...rest, summary };
}

/** The POST or full PUT body: the stored rule's other fields kept, and only this kind's condition sent. */
export function ruleInputOf(draft: RuleDraft, rule: AlertRule | null): AlertRuleInput {
  const base: AlertRuleInput = rule ? ruleToInput(rule) : { name: '', severity: draft.severity };
  const { query: _query, comparator: _comparator, threshold: _threshold, anomaly: _anomaly, health: _health, ...kept } = base;
  const input: AlertRuleInput = {
    ...kept,
    name: draft.name.trim(),
    kind: draft.kind,
    for: draft.for.trim(),
    severity: draft.severity,
    annotations: withSummary(rule?.annotations ?? {}, draft.summary.trim()),
    escalationPolicyId: draft.escalationPolicyId || null,
  };
  const query = { ...(rule?.query ?? {}), metric: draft.metric.trim(), aggregation: draft.aggregation, window: draft.window.trim() };
  switch (draft.kind) {
    case 'threshold':
      return { ...input, query, comparator: draft.comparator, threshold: Number(draft.threshold) };
    case 'anomaly':
      return {
        ...input,
        query,
        anomaly: { method: draft.method, baselineWindow: draft.baselineWindow.trim(), sensitivity: Number(draft.sensitivity), direction: draft.direction },
      };
    case 'health':
      return { ...input, health: { component: draft.component.trim() || '*', status: draft.healthStatus, criticalOnly: draft.criticalOnly } };
  }
}
