/**
 * AlertManager: rules, alerts, silences (`/api/v1/alert-rules`, `/alerts`, `/silences`)
 * and the Alertmanager-compatible `POST /api/v2/alerts`. Durations are strings such as
 * `30s`, `2m`, `1h` (Prometheus' syntax; `0s` for none); times are RFC 3339.
 */
import { z } from 'zod';
import { duration, intParam, LabelName, labelMap, MetricName, Rfc3339, storedString, text, Timestamp, Uuid, withoutNul } from './fields.js';
import { parseDuration, parseRfc3339 } from './formats.js';
import { labelRegexProblem } from './label-regex.js';
import { MetricQueryFunction } from './metrics-history.js';

const DAY_MS = 86_400_000;

export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export const AlertSeverity = z.enum(ALERT_SEVERITIES);
export type AlertSeverity = z.infer<typeof AlertSeverity>;

export const ALERT_COMPARATORS = ['>', '>=', '<', '<=', '==', '!='] as const;
export const AlertComparator = z.enum(ALERT_COMPARATORS);
export type AlertComparator = z.infer<typeof AlertComparator>;

/** `threshold`: value vs a number; `anomaly`: value vs its own rolling baseline; `health`: a component's status. */
export const ALERT_RULE_KINDS = ['threshold', 'anomaly', 'health'] as const;
export const AlertRuleKind = z.enum(ALERT_RULE_KINDS);
export type AlertRuleKind = z.infer<typeof AlertRuleKind>;

/** How a rule reduces the samples in its window to one value: the query API's functions. */
export const AlertAggregation = MetricQueryFunction;
export type AlertAggregation = MetricQueryFunction;

/** Longest window any rule may read; the instance's own cap (raw retention) may be shorter. */
export const MAX_RULE_WINDOW_MS = 30 * DAY_MS;

const matchers = labelMap({ maxEntries: 20, maxValueLength: 256 });

/** What a threshold or anomaly rule measures, over stored samples. */
export const AlertRuleQuery = z.strictObject({
  metric: MetricName,
  /** Equality matchers on the series' labels. */
  matchers: matchers.default({}),
  aggregation: AlertAggregation,
  /** How far back the aggregation looks, e.g. `1m`. */
  window: duration({ min: 1_000, max: MAX_RULE_WINDOW_MS }),
  /**
   * Labels that split the result into alerts, as PromQL's `by (...)`. Omitted: one
   * alert per stored series; `[]`: one alert for all series together.
   */
  by: z.array(LabelName.meta({})).max(10, 'must be an array of at most 10 label names').optional(),
  /**
   * Divides the value of the series that also match these matchers by the value of all
   * of them: `{ "status_class": "5xx" }` over a request counter is an error ratio.
   */
  ratioOf: matchers.optional(),
});
export type AlertRuleQuery = z.input<typeof AlertRuleQuery>;

export const ANOMALY_METHODS = ['zscore', 'iqr'] as const;
export const AnomalyMethod = z.enum(ANOMALY_METHODS);
export type AnomalyMethod = z.infer<typeof AnomalyMethod>;

export const AnomalySpec = z.strictObject({
  method: AnomalyMethod,
  /** Rolling baseline the current value is compared with, e.g. `1h`. */
  baselineWindow: duration({ min: 60_000, max: MAX_RULE_WINDOW_MS }),
  /** z-score: standard deviations; IQR: multiples of the interquartile range (Tukey's 1.5). */
  sensitivity: z.number().gt(0, 'must be a number above 0 and at most 100').max(100, 'must be a number above 0 and at most 100'),
  /** Which side counts: default `both`. */
  direction: z.enum(['above', 'below', 'both']).default('both'),
});
export type AnomalySpec = z.input<typeof AnomalySpec>;

export const HealthRuleSpec = z.strictObject({
  /** A component name, or `*` for every component. */
  component: text(128),
  /** Fire at `down` only (default) or at `degraded` too. */
  status: z.enum(['down', 'degraded']).default('down'),
  /** Only components marked critical (gate readiness). */
  criticalOnly: z.boolean().default(false),
});
export type HealthRuleSpec = z.input<typeof HealthRuleSpec>;

export const AlertAnnotations = z
  .record(
    withoutNul(z.string()).regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'name must match [a-zA-Z_][a-zA-Z0-9_]*'),
    storedString(4_096).meta({}),
  )
  .superRefine((annotations, ctx) => {
    if (Object.keys(annotations).length > 20) ctx.addIssue({ code: 'custom', message: 'has more than 20 entries' });
    const runbook = annotations.runbookUrl;
    if (runbook !== undefined && !/^https?:\/\/\S+$/.test(runbook)) {
      ctx.addIssue({ code: 'custom', path: ['runbookUrl'], message: 'must be an http(s) URL' });
    }
  })
  .meta({ description: 'summary, description, runbookUrl and any other annotation' });
export type AlertAnnotations = z.infer<typeof AlertAnnotations>;

/** The parts one kind of rule uses and the others must leave out (or null, as a read rule has them). */
const KIND_PARTS = {
  threshold: ['query', 'comparator', 'threshold'],
  anomaly: ['query', 'anomaly'],
  health: ['health'],
} as const satisfies Record<AlertRuleKind, readonly string[]>;
const ALL_KIND_PARTS = ['query', 'comparator', 'threshold', 'anomaly', 'health'] as const;

/** Body of `POST /api/v1/alert-rules` and `PUT /api/v1/alert-rules/:id`. */
export const AlertRuleInput = z
  .strictObject({
    name: text(128),
    kind: AlertRuleKind.default('threshold'),
    /** threshold and anomaly rules. */
    query: AlertRuleQuery.nullish(),
    /** threshold rules. */
    comparator: AlertComparator.nullish(),
    threshold: z.number().nullish(),
    /** anomaly rules. */
    anomaly: AnomalySpec.nullish(),
    /** health rules. */
    health: HealthRuleSpec.nullish(),
    /** How long the condition must hold before the alert fires. */
    for: duration({ min: 0, max: DAY_MS }).default('0s'),
    /** Hysteresis: how long the condition must stay clear before a firing alert resolves. */
    keepFiringFor: duration({ min: 0, max: DAY_MS }).default('1m'),
    /** After a notification about an alert, no new one about it for this long (its resolution excepted). */
    cooldown: duration({ min: 0, max: 7 * DAY_MS }).default('0s'),
    severity: AlertSeverity,
    labels: labelMap({ maxEntries: 20, maxValueLength: 256, reserved: ['alertname', 'severity'] }).default({}),
    annotations: AlertAnnotations.default({}),
    /** Channels notified; empty sends to the default channels. */
    channelIds: z
      .array(Uuid, { error: 'must be an array of ids' })
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id')
      .default([]),
    escalationPolicyId: Uuid.nullable().default(null),
    enabled: z.boolean().default(true),
  })
  .superRefine((rule, ctx) => {
    const wanted: readonly string[] = KIND_PARTS[rule.kind];
    for (const part of ALL_KIND_PARTS) {
      const isSet = rule[part] !== undefined && rule[part] !== null;
      if (wanted.includes(part) && !isSet) ctx.addIssue({ code: 'custom', path: [part], message: `is required for ${rule.kind} rules` });
      if (!wanted.includes(part) && isSet) ctx.addIssue({ code: 'custom', path: [part], message: `does not apply to ${rule.kind} rules` });
    }
    const windowMs = rule.query ? parseDuration(rule.query.window) : undefined;
    const baselineMs = rule.anomaly ? parseDuration(rule.anomaly.baselineWindow) : undefined;
    if (windowMs !== undefined && baselineMs !== undefined && baselineMs < 5 * windowMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['anomaly', 'baselineWindow'],
        message: 'must span at least 5 query windows, so the baseline has points to compare with',
      });
    }
  });
export type AlertRuleInput = z.input<typeof AlertRuleInput>;
/** A rule as the API has checked it: defaults filled in, ids lower-cased. */
export type AlertRuleSpec = z.output<typeof AlertRuleInput>;

/**
 * A rule as answered. Its parts are described as stored, without the input's limits:
 * a rule written under other limits must still read back.
 */
export const AlertRule = z.object({
  id: z.string(),
  name: z.string(),
  kind: AlertRuleKind,
  query: z
    .object({
      metric: z.string(),
      matchers: z.record(z.string(), z.string()).default({}),
      aggregation: AlertAggregation,
      window: z.string(),
      by: z.array(z.string()).optional(),
      ratioOf: z.record(z.string(), z.string()).optional(),
    })
    .nullable(),
  comparator: AlertComparator.nullable(),
  threshold: z.number().nullable(),
  anomaly: z
    .object({ method: AnomalyMethod, baselineWindow: z.string(), sensitivity: z.number(), direction: z.enum(['above', 'below', 'both']).default('both') })
    .nullable(),
  health: z
    .object({ component: z.string(), status: z.enum(['down', 'degraded']).default('down'), criticalOnly: z.boolean().default(false) })
    .nullable(),
  for: z.string(),
  keepFiringFor: z.string(),
  cooldown: z.string(),
  severity: AlertSeverity,
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  channelIds: z.array(z.string()),
  escalationPolicyId: z.string().nullable(),
  enabled: z.boolean(),
  /** True for the rules Vigil seeded on first start (still editable). */
  isDefault: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AlertRule = z.input<typeof AlertRule>;

/**
 * `acknowledged` is a firing alert a person has taken (escalation stops); `inactive`
 * is a pending alert whose condition cleared before it fired.
 */
export const ALERT_STATUSES = ['pending', 'firing', 'acknowledged', 'resolved', 'inactive'] as const;
export const AlertStatus = z.enum(ALERT_STATUSES);
export type AlertStatus = z.infer<typeof AlertStatus>;

/** `rule`: raised by a Vigil rule; `prometheus`: posted to `/api/v2/alerts`. */
export const AlertSource = z.enum(['rule', 'prometheus']);
export type AlertSource = z.infer<typeof AlertSource>;

export const AlertSummary = z.object({
  id: z.string(),
  fingerprint: z.string(),
  ruleId: z.string().nullable(),
  source: AlertSource,
  name: z.string(),
  status: AlertStatus,
  severity: AlertSeverity,
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  /** The latest evaluated value (null for health and external alerts). */
  value: z.number().nullable(),
  /** Ids of the active silences that match it; non-empty means nothing is sent. */
  silencedBy: z.array(z.string()),
  activeAt: Timestamp,
  firedAt: Timestamp.nullable(),
  acknowledgedAt: Timestamp.nullable(),
  acknowledgedBy: z.string().nullable(),
  resolvedAt: Timestamp.nullable(),
  lastEvaluatedAt: Timestamp,
});
export type AlertSummary = z.infer<typeof AlertSummary>;

export const ALERT_EVENT_TYPES = [
  'pending',
  'firing',
  'acknowledged',
  'resolved',
  'inactive',
  'notified',
  'escalated',
  'silenced',
] as const;
export const AlertEventType = z.enum(ALERT_EVENT_TYPES);
export type AlertEventType = z.infer<typeof AlertEventType>;

export const AlertEvent = z.object({
  id: z.string(),
  type: AlertEventType,
  at: Timestamp,
  /** The value at that moment, for transitions of rule alerts. */
  value: z.number().nullable(),
  note: z.string().nullable(),
  actor: z.string().nullable(),
});
export type AlertEvent = z.infer<typeof AlertEvent>;

export const AlertDetail = AlertSummary.extend({
  events: z.array(AlertEvent),
  /** The values that made it fire: one per evaluation while pending and at firing. */
  triggerValues: z.array(z.object({ at: Timestamp, value: z.number() })),
  generatorUrl: z.string().nullable(),
  escalationLevel: z.number().int(),
});
export type AlertDetail = z.infer<typeof AlertDetail>;

export const MAX_ALERT_PAGE_SIZE = 200;

/** Query of `GET /api/v1/alerts`. */
export const AlertListQuery = z.strictObject({
  /** Comma-separated statuses. */
  status: z
    .string()
    .max(256)
    .transform((list) => list.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(AlertStatus))
    .optional(),
  severity: AlertSeverity.optional(),
  ruleId: Uuid.optional(),
  /** Alerts active at some point in [from, to]. */
  from: Rfc3339.optional(),
  to: Rfc3339.optional(),
  page: intParam({ min: 1 }).default(1),
  pageSize: intParam({ min: 1, max: MAX_ALERT_PAGE_SIZE }).default(50),
});
export type AlertListQuery = z.input<typeof AlertListQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export const AlertPage = pageOf(AlertSummary);

/** Body of acknowledge and resolve; none at all is the same as `{}`. */
export const AlertActionInput = z
  .strictObject({
    note: text(1_024).optional(),
    /** Who did it; defaults to `api`. */
    actor: text(128).default('api'),
  })
  .prefault({});
export type AlertActionInput = z.input<typeof AlertActionInput>;

/** Longest silence: a forgotten one should not hide a service's alerts for ever. */
export const MAX_SILENCE_MS = 90 * DAY_MS;

/** Alertmanager's matcher shape. */
export const SilenceMatcher = z
  .strictObject({
    name: LabelName,
    value: storedString(1_024),
    isRegex: z.boolean(),
    /** Default true; false negates the match. */
    isEqual: z.boolean().default(true),
  })
  .superRefine((matcher, ctx) => {
    if (!matcher.isRegex) return;
    const problem = labelRegexProblem(matcher.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: `is not an RE2 regular expression: ${problem}` });
  });
export type SilenceMatcher = z.output<typeof SilenceMatcher>;

/** Body of `POST /api/v1/silences`. When it may start and end is the service's: it needs the clock. */
export const SilenceInput = z.strictObject({
  matchers: z.array(SilenceMatcher).min(1, 'must be an array of 1 to 20 matchers').max(20, 'must be an array of 1 to 20 matchers'),
  /** Default now. */
  startsAt: Rfc3339.optional(),
  endsAt: Rfc3339,
  createdBy: text(128),
  comment: text(1_024),
});
export type SilenceInput = z.input<typeof SilenceInput>;

export const SILENCE_STATES = ['pending', 'active', 'expired'] as const;
export const SilenceState = z.enum(SILENCE_STATES);
export type SilenceState = z.infer<typeof SilenceState>;

export const Silence = z.object({
  id: z.string(),
  matchers: z.array(z.object({ name: z.string(), value: z.string(), isRegex: z.boolean(), isEqual: z.boolean() })),
  startsAt: Timestamp,
  endsAt: Timestamp,
  createdBy: z.string(),
  comment: z.string(),
  state: SilenceState,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Silence = z.infer<typeof Silence>;

/** A posted time; Prometheus sends Go's zero time (`0001-01-01T00:00:00Z`) for "unset". */
const PostedTime = z.union([z.string().startsWith('0001-'), Rfc3339], { error: 'must be an RFC 3339 time such as 2026-01-01T00:00:00Z' });

/** One alert as Prometheus posts it to an Alertmanager (`POST /api/v2/alerts`). */
export const PrometheusAlert = z.strictObject({
  labels: labelMap({ maxEntries: 64, maxValueLength: 1_024 }).refine(
    (labels) => typeof labels.alertname === 'string' && labels.alertname !== '',
    { message: 'is required', path: ['alertname'] },
  ),
  annotations: z
    .record(
      // Stored as jsonb keys, where PostgreSQL refuses NUL as it does in text.
      withoutNul(z.string()),
      storedString(4_096).meta({}),
      { error: 'must be an object of strings of at most 4096 characters' },
    )
    .optional(),
  startsAt: PostedTime.optional(),
  endsAt: PostedTime.optional(),
  generatorURL: withoutNul(z.string()).max(2_048, 'must be a string of at most 2048 characters').optional(),
}).superRefine((alert, ctx) => {
  // Alertmanager's rule ("end time must not be before start time"); Go's zero time means unset.
  const set = (time: string | undefined) => (time === undefined || time.startsWith('0001-') ? undefined : parseRfc3339(time));
  const startsAt = set(alert.startsAt);
  const endsAt = set(alert.endsAt);
  if (startsAt !== undefined && endsAt !== undefined && endsAt < startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before startsAt' });
  }
});
export type PrometheusAlert = z.infer<typeof PrometheusAlert>;

/** The body of `POST /api/v2/alerts`; the batch cap is the instance's setting. */
export const PrometheusAlertBatch = z.array(PrometheusAlert, { error: 'must be a JSON array of alerts' });

/** Query of `GET /api/v1/silences`. */
export const SilenceListQuery = z.strictObject({ state: SilenceState.optional() });
export type SilenceListQuery = z.infer<typeof SilenceListQuery>;
