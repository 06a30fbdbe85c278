import {
  ALERT_COMPARATORS,
  ALERT_RULE_KINDS,
  ALERT_SEVERITIES,
  ANOMALY_METHODS,
  METRIC_QUERY_FUNCTIONS,
  type AlertAnnotations,
  type AlertRuleQuery,
  type AnomalySpec,
  type FieldProblem,
  type HealthRuleSpec,
} from '@vigil/types';
import { LABEL_NAME, METRIC_NAME, UUID } from '../../common/validation/formats.js';
import { isObject, Problems } from '../validation/field-checks.js';
import type { RuleSpec } from './rule-spec.js';

export interface RuleLimits {
  /** Longest window a rule may read: raw samples are all it reads. */
  maxWindowMs: number;
}

const DAY_MS = 86_400_000;
const FIELDS = [
  'name', 'kind', 'query', 'comparator', 'threshold', 'anomaly', 'health', 'for', 'keepFiringFor',
  'cooldown', 'severity', 'labels', 'annotations', 'channelIds', 'escalationPolicyId', 'enabled',
] as const;
const KIND_PARTS = ['query', 'comparator', 'threshold', 'anomaly', 'health'];
const MATCHER_LIMITS = { maxEntries: 20, maxValueLength: 256 };

/**
 * Structural checks of an AlertRuleInput; every problem names its field. Checks that
 * need the database (channels and policies exist, the name is free) are the service's.
 */
export function validateRule(input: unknown, limits: RuleLimits): { spec?: RuleSpec; problems: FieldProblem[] } {
  const p = new Problems();
  if (!isObject(input)) return { problems: [{ field: 'body', problem: 'must be a JSON object' }] };
  // A stored rule sent back as it was read has nulls for the parts its kind does not use.
  const body = Object.fromEntries(Object.entries(input).filter(([key, value]) => !(value === null && KIND_PARTS.includes(key))));
  p.unknownKeys(body, FIELDS);
  const name = p.text('name', body.name, 128);
  const kind = body.kind === undefined ? 'threshold' : p.oneOf('kind', body.kind, ALERT_RULE_KINDS);
  const severity = p.oneOf('severity', body.severity, ALERT_SEVERITIES);
  const durationOf = (field: 'for' | 'keepFiringFor' | 'cooldown', fallback: string, max: number) => {
    const value = body[field] ?? fallback;
    return p.duration(field, value, { min: 0, max }) === undefined ? undefined : (value as string);
  };
  const forDuration = durationOf('for', '0s', DAY_MS);
  const keepFiringFor = durationOf('keepFiringFor', '1m', DAY_MS);
  const cooldown = durationOf('cooldown', '0s', 7 * DAY_MS);
  const labels = body.labels === undefined ? {} : p.labelMap('labels', body.labels, { ...MATCHER_LIMITS, reserved: ['alertname', 'severity'] });
  const annotations = body.annotations === undefined ? {} : checkAnnotations(p, body.annotations);
  const channelIds = body.channelIds === undefined ? [] : p.uuidList('channelIds', body.channelIds, 20);
  const escalationPolicyId = body.escalationPolicyId ?? null;
  if (escalationPolicyId !== null && (typeof escalationPolicyId !== 'string' || !UUID.test(escalationPolicyId))) {
    p.add('escalationPolicyId', 'must be a UUID or null');
  }
  const enabled = body.enabled ?? true;
  if (typeof enabled !== 'boolean') p.add('enabled', 'must be true or false');

  const needs = (field: string, isWanted: boolean) => {
    if (isWanted && body[field] === undefined) p.add(field, `is required for ${kind} rules`);
    if (!isWanted && body[field] !== undefined) p.add(field, `does not apply to ${kind} rules`);
  };
  let query: AlertRuleQuery | null = null;
  let anomaly: AnomalySpec | null = null;
  let health: HealthRuleSpec | null = null;
  let comparator: RuleSpec['comparator'] = null;
  let threshold: number | null = null;
  if (kind !== undefined) {
    needs('query', kind !== 'health');
    needs('comparator', kind === 'threshold');
    needs('threshold', kind === 'threshold');
    needs('anomaly', kind === 'anomaly');
    needs('health', kind === 'health');
    if (kind !== 'health' && body.query !== undefined) query = checkQuery(p, body.query, limits) ?? null;
    if (kind === 'threshold') {
      if (body.comparator !== undefined) comparator = p.oneOf('comparator', body.comparator, ALERT_COMPARATORS) ?? null;
      if (body.threshold !== undefined) {
        if (typeof body.threshold !== 'number' || !Number.isFinite(body.threshold)) p.add('threshold', 'must be a finite number');
        else threshold = body.threshold;
      }
    }
    if (kind === 'anomaly' && body.anomaly !== undefined) anomaly = checkAnomaly(p, body.anomaly, query, limits) ?? null;
    if (kind === 'health' && body.health !== undefined) health = checkHealth(p, body.health) ?? null;
  }
  if (!p.isEmpty) return { problems: p.list };
  return {
    problems: [],
    spec: {
      name: name!,
      kind: kind!,
      query,
      comparator,
      threshold,
      anomaly,
      health,
      for: forDuration!,
      keepFiringFor: keepFiringFor!,
      cooldown: cooldown!,
      severity: severity!,
      labels: labels!,
      annotations: annotations!,
      channelIds: channelIds!,
      escalationPolicyId: escalationPolicyId === null ? null : String(escalationPolicyId).toLowerCase(),
      enabled: enabled as boolean,
    },
  };
}

function checkQuery(p: Problems, value: unknown, limits: RuleLimits): AlertRuleQuery | undefined {
  if (!isObject(value)) return void p.add('query', 'must be an object with metric, aggregation and window');
  const before = p.list.length;
  p.unknownKeys(value, ['metric', 'matchers', 'aggregation', 'window', 'by', 'ratioOf'], 'query.');
  if (typeof value.metric !== 'string' || !METRIC_NAME.test(value.metric)) {
    p.add('query.metric', 'must be a metric name matching [a-zA-Z_:][a-zA-Z0-9_:]*');
  }
  const matchers = value.matchers === undefined ? {} : p.labelMap('query.matchers', value.matchers, MATCHER_LIMITS);
  p.oneOf('query.aggregation', value.aggregation, METRIC_QUERY_FUNCTIONS);
  p.duration('query.window', value.window, { min: 1_000, max: limits.maxWindowMs });
  if (value.by !== undefined) {
    if (!Array.isArray(value.by) || value.by.length > 10) p.add('query.by', 'must be an array of at most 10 label names');
    else value.by.forEach((label: unknown, i) => {
      if (typeof label !== 'string' || !LABEL_NAME.test(label)) p.add(`query.by[${i}]`, 'must be a label name');
    });
  }
  if (value.ratioOf !== undefined) p.labelMap('query.ratioOf', value.ratioOf, MATCHER_LIMITS);
  if (p.list.length > before) return undefined;
  return {
    metric: value.metric as string,
    matchers: matchers ?? {},
    aggregation: value.aggregation as AlertRuleQuery['aggregation'],
    window: value.window as string,
    ...(value.by !== undefined ? { by: value.by as string[] } : {}),
    ...(value.ratioOf !== undefined ? { ratioOf: value.ratioOf as Record<string, string> } : {}),
  };
}

function checkAnomaly(p: Problems, value: unknown, query: AlertRuleQuery | null, limits: RuleLimits): AnomalySpec | undefined {
  if (!isObject(value)) return void p.add('anomaly', 'must be an object with method, baselineWindow and sensitivity');
  const before = p.list.length;
  p.unknownKeys(value, ['method', 'baselineWindow', 'sensitivity', 'direction'], 'anomaly.');
  p.oneOf('anomaly.method', value.method, ANOMALY_METHODS);
  const baseline = p.duration('anomaly.baselineWindow', value.baselineWindow, { min: 60_000, max: limits.maxWindowMs });
  const sensitivity = value.sensitivity;
  if (typeof sensitivity !== 'number' || !Number.isFinite(sensitivity) || sensitivity <= 0 || sensitivity > 100) {
    p.add('anomaly.sensitivity', 'must be a number above 0 and at most 100');
  }
  if (value.direction !== undefined) p.oneOf('anomaly.direction', value.direction, ['above', 'below', 'both'] as const);
  const windowMs = query ? p.duration('query.window', query.window, { min: 1_000, max: limits.maxWindowMs }) : undefined;
  if (baseline !== undefined && windowMs !== undefined && baseline < 5 * windowMs) {
    p.add('anomaly.baselineWindow', 'must span at least 5 query windows, so the baseline has points to compare with');
  }
  if (p.list.length > before) return undefined;
  return {
    method: value.method as AnomalySpec['method'],
    baselineWindow: value.baselineWindow as string,
    sensitivity: sensitivity as number,
    direction: (value.direction as AnomalySpec['direction']) ?? 'both',
  };
}

function checkHealth(p: Problems, value: unknown): HealthRuleSpec | undefined {
  if (!isObject(value)) return void p.add('health', 'must be an object with component');
  const before = p.list.length;
  p.unknownKeys(value, ['component', 'status', 'criticalOnly'], 'health.');
  p.text('health.component', value.component, 128);
  if (value.status !== undefined) p.oneOf('health.status', value.status, ['down', 'degraded'] as const);
  if (value.criticalOnly !== undefined && typeof value.criticalOnly !== 'boolean') p.add('health.criticalOnly', 'must be true or false');
  if (p.list.length > before) return undefined;
  return {
    component: String(value.component).trim(),
    status: (value.status as HealthRuleSpec['status']) ?? 'down',
    criticalOnly: (value.criticalOnly as boolean | undefined) ?? false,
  };
}

function checkAnnotations(p: Problems, value: unknown): AlertAnnotations | undefined {
  if (!isObject(value)) return void p.add('annotations', 'must be an object of string values');
  const before = p.list.length;
  const entries = Object.entries(value);
  if (entries.length > 20) p.add('annotations', 'has more than 20 entries');
  for (const [key, text] of entries) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) p.add(`annotations.${key}`, 'name must match [a-zA-Z_][a-zA-Z0-9_]*');
    if (typeof text !== 'string') p.add(`annotations.${key}`, 'must be a string');
    else if (text.length > 4_096) p.add(`annotations.${key}`, 'is longer than 4096 characters');
  }
  if (typeof value.runbookUrl === 'string' && !/^https?:\/\/\S+$/.test(value.runbookUrl)) {
    p.add('annotations.runbookUrl', 'must be an http(s) URL');
  }
  return p.list.length > before ? undefined : (value as AlertAnnotations);
}
