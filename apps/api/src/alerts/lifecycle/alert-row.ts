import type { AlertAnnotations, AlertSeverity, AlertSource, AlertStatus } from '@vigil/types';

/** One `alerts` row: one episode of a fingerprint, from open to resolved. */
export interface AlertRow {
  id: string;
  fingerprint: string;
  ruleId: string | null;
  source: AlertSource;
  name: string;
  status: AlertStatus;
  severity: AlertSeverity;
  labels: Record<string, string>;
  annotations: AlertAnnotations;
  value: number | null;
  triggerValues: { at: string; value: number }[];
  generatorUrl: string | null;
  activeAt: Date;
  firedAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
  recoveringSince: Date | null;
  lastEvaluatedAt: Date;
  expiresAt: Date | null;
  notifyAfter: Date | null;
  lastNotifiedAt: Date | null;
  escalationLevel: number;
}

export type NewAlert = Omit<AlertRow, 'id'>;

export interface AlertEventRow {
  alertId: string;
  type: string;
  at: Date;
  value: number | null;
  note: string | null;
  actor: string | null;
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export const ALERT_COLUMNS = `id, fingerprint, rule_id, source, name, status, severity, labels, annotations, value, trigger_values,
  generator_url, active_at, fired_at, acknowledged_at, acknowledged_by, resolved_at, recovering_since, last_evaluated_at,
  expires_at, notify_after, last_notified_at, escalation_level`;

export function toAlertRow(r: Record<string, unknown>): AlertRow {
  return {
    id: r.id as string,
    fingerprint: r.fingerprint as string,
    ruleId: (r.rule_id as string | null) ?? null,
    source: r.source as AlertSource,
    name: r.name as string,
    status: r.status as AlertStatus,
    severity: r.severity as AlertSeverity,
    labels: r.labels as Record<string, string>,
    annotations: r.annotations as AlertAnnotations,
    value: r.value === null ? null : Number(r.value),
    triggerValues: r.trigger_values as { at: string; value: number }[],
    generatorUrl: (r.generator_url as string | null) ?? null,
    activeAt: new Date(r.active_at as string),
    firedAt: date(r.fired_at),
    acknowledgedAt: date(r.acknowledged_at),
    acknowledgedBy: (r.acknowledged_by as string | null) ?? null,
    resolvedAt: date(r.resolved_at),
    recoveringSince: date(r.recovering_since),
    lastEvaluatedAt: new Date(r.last_evaluated_at as string),
    expiresAt: date(r.expires_at),
    notifyAfter: date(r.notify_after),
    lastNotifiedAt: date(r.last_notified_at),
    escalationLevel: Number(r.escalation_level),
  };
}
