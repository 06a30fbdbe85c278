import { formatDuration, parseDuration, type AlertRule, type AlertRuleSpec, type FieldProblem } from '@vigil/types';

/** A validated rule with every default filled in: what is stored. */
export type RuleSpec = Omit<AlertRule, 'id' | 'isDefault' | 'createdAt' | 'updatedAt'>;

/** The parsed input as stored: the parts its kind does not use are null. */
export function ruleSpecOf(input: AlertRuleSpec): RuleSpec {
  return {
    ...input,
    query: input.query ?? null,
    comparator: input.comparator ?? null,
    threshold: input.threshold ?? null,
    anomaly: input.anomaly ?? null,
    health: input.health ?? null,
  };
}

export interface RuleLimits {
  /** Raw samples are all a rule reads, so no window may reach past their retention. */
  maxWindowMs: number;
  /** The instance's metric name cap: a rule cannot name a metric no sample may carry. */
  maxMetricNameLength: number;
}

/** What the instance's configuration allows a rule, beyond the contract's own bounds. */
export function ruleLimitProblems(spec: RuleSpec, { maxWindowMs, maxMetricNameLength }: RuleLimits): FieldProblem[] {
  const problem = `must be at most ${formatDuration(maxWindowMs)} (the raw sample retention)`;
  const problems: FieldProblem[] = [];
  if (spec.query && spec.query.metric.length > maxMetricNameLength) {
    problems.push({ field: 'query.metric', problem: `is longer than ${maxMetricNameLength} characters` });
  }
  if (spec.query && (parseDuration(spec.query.window) ?? 0) > maxWindowMs) problems.push({ field: 'query.window', problem });
  if (spec.anomaly && (parseDuration(spec.anomaly.baselineWindow) ?? 0) > maxWindowMs) {
    problems.push({ field: 'anomaly.baselineWindow', problem });
  }
  return problems;
}

/** What evaluation and notification read of a rule: everything but its timestamps. */
export type StoredRule = Omit<AlertRule, 'createdAt' | 'updatedAt'>;
