/**
 * AlertManager: rules, alerts, silences (`/api/v1/alert-rules`, `/alerts`, `/silences`)
 * and the Alertmanager-compatible `POST /api/v2/alerts`. Durations are strings such as
 * `30s`, `2m`, `1h` (Prometheus' syntax; `0s` for none); times are RFC 3339.
 */
import type { MetricQueryFunction } from './metrics-history.js';

export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_COMPARATORS = ['>', '>=', '<', '<=', '==', '!='] as const;
export type AlertComparator = (typeof ALERT_COMPARATORS)[number];

/** `threshold`: value vs a number; `anomaly`: value vs its own rolling baseline; `health`: a component's status. */
export const ALERT_RULE_KINDS = ['threshold', 'anomaly', 'health'] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

/** How a rule reduces the samples in its window to one value: the query API's functions. */
export type AlertAggregation = MetricQueryFunction;

/** What a threshold or anomaly rule measures, over stored samples. */
export interface AlertRuleQuery {
  /** A stored metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`). */
  metric: string;
  /** Equality matchers on the series' labels. */
  matchers?: Record<string, string>;
  aggregation: AlertAggregation;
  /** How far back the aggregation looks, e.g. `1m`. */
  window: string;
  /**
   * Labels that split the result into alerts, as PromQL's `by (...)`. Omitted: one
   * alert per stored series; `[]`: one alert for all series together.
   */
  by?: string[];
  /**
   * Divides the value of the series that also match these matchers by the value of all
   * of them: `{ "status_class": "5xx" }` over a request counter is an error ratio.
   */
  ratioOf?: Record<string, string>;
}

export const ANOMALY_METHODS = ['zscore', 'iqr'] as const;
export type AnomalyMethod = (typeof ANOMALY_METHODS)[number];

export interface AnomalySpec {
  method: AnomalyMethod;
  /** Rolling baseline the current value is compared with, e.g. `1h`. */
  baselineWindow: string;
  /** z-score: standard deviations; IQR: multiples of the interquartile range (Tukey's 1.5). */
  sensitivity: number;
  /** Which side counts: default `both`. */
  direction?: 'above' | 'below' | 'both';
}

export interface HealthRuleSpec {
  /** A component name, or `*` for every component. */
  component: string;
  /** Fire at `down` only (default) or at `degraded` too. */
  status?: 'down' | 'degraded';
  /** Only components marked critical (gate readiness). */
  criticalOnly?: boolean;
}

export interface AlertAnnotations {
  summary?: string;
  description?: string;
  runbookUrl?: string;
  [key: string]: string | undefined;
}

/** Body of `POST /api/v1/alert-rules` and `PUT /api/v1/alert-rules/:id`. */
export interface AlertRuleInput {
  name: string;
  /** Default `threshold`. */
  kind?: AlertRuleKind;
  /** threshold and anomaly rules. */
  query?: AlertRuleQuery;
  /** threshold rules. */
  comparator?: AlertComparator;
  threshold?: number;
  /** anomaly rules. */
  anomaly?: AnomalySpec;
  /** health rules. */
  health?: HealthRuleSpec;
  /** How long the condition must hold before the alert fires. Default `0s`. */
  for?: string;
  /** Hysteresis: how long the condition must stay clear before a firing alert resolves. Default `1m`. */
  keepFiringFor?: string;
  /** After a notification about an alert, no new one about it for this long (its resolution excepted). Default `0s`. */
  cooldown?: string;
  severity: AlertSeverity;
  labels?: Record<string, string>;
  annotations?: AlertAnnotations;
  /** Channels notified; empty sends to the default channels. */
  channelIds?: string[];
  escalationPolicyId?: string | null;
  /** Default true. */
  enabled?: boolean;
}

export interface AlertRule {
  id: string;
  name: string;
  kind: AlertRuleKind;
  query: AlertRuleQuery | null;
  comparator: AlertComparator | null;
  threshold: number | null;
  anomaly: AnomalySpec | null;
  health: HealthRuleSpec | null;
  for: string;
  keepFiringFor: string;
  cooldown: string;
  severity: AlertSeverity;
  labels: Record<string, string>;
  annotations: AlertAnnotations;
  channelIds: string[];
  escalationPolicyId: string | null;
  enabled: boolean;
  /** True for the rules Vigil seeded on first start (still editable). */
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * `acknowledged` is a firing alert a person has taken (escalation stops); `inactive`
 * is a pending alert whose condition cleared before it fired.
 */
export const ALERT_STATUSES = ['pending', 'firing', 'acknowledged', 'resolved', 'inactive'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** `rule`: raised by a Vigil rule; `prometheus`: posted to `/api/v2/alerts`. */
export type AlertSource = 'rule' | 'prometheus';

export interface AlertSummary {
  id: string;
  fingerprint: string;
  ruleId: string | null;
  source: AlertSource;
  name: string;
  status: AlertStatus;
  severity: AlertSeverity;
  labels: Record<string, string>;
  annotations: AlertAnnotations;
  /** The latest evaluated value (null for health and external alerts). */
  value: number | null;
  /** Ids of the active silences that match it; non-empty means nothing is sent. */
  silencedBy: string[];
  activeAt: string;
  firedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  lastEvaluatedAt: string;
}

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
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];

export interface AlertEvent {
  id: string;
  type: AlertEventType;
  at: string;
  /** The value at that moment, for transitions of rule alerts. */
  value: number | null;
  note: string | null;
  actor: string | null;
}

export interface AlertDetail extends AlertSummary {
  events: AlertEvent[];
  /** The values that made it fire: one per evaluation while pending and at firing. */
  triggerValues: { at: string; value: number }[];
  generatorUrl: string | null;
  escalationLevel: number;
}

/** Query of `GET /api/v1/alerts`. */
export interface AlertListQuery {
  /** Comma-separated statuses. */
  status?: string;
  severity?: AlertSeverity;
  ruleId?: string;
  /** Alerts active at some point in [from, to]. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Body of acknowledge and resolve. */
export interface AlertActionInput {
  note?: string;
  /** Who did it; defaults to `api`. */
  actor?: string;
}

/** Alertmanager's matcher shape. */
export interface SilenceMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  /** Default true; false negates the match. */
  isEqual?: boolean;
}

export interface SilenceInput {
  matchers: SilenceMatcher[];
  startsAt?: string;
  endsAt: string;
  createdBy: string;
  comment: string;
}

export type SilenceState = 'pending' | 'active' | 'expired';

export interface Silence {
  id: string;
  matchers: SilenceMatcher[];
  startsAt: string;
  endsAt: string;
  createdBy: string;
  comment: string;
  state: SilenceState;
  createdAt: string;
  updatedAt: string;
}

/** One alert as Prometheus posts it to an Alertmanager (`POST /api/v2/alerts`). */
export interface PrometheusAlert {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  generatorURL?: string;
}
