import type { AlertDetail, AlertEvent, AlertEventType, AlertSummary } from '@vigil/types';
import type { ActiveSilences } from '../silences/active-silences.js';
import type { AlertEventRow, AlertRow } from './alert-row.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSummary(row: AlertRow, silences: ActiveSilences): AlertSummary {
  const isOpen = row.status === 'pending' || row.status === 'firing' || row.status === 'acknowledged';
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    ruleId: row.ruleId,
    source: row.source,
    name: row.name,
    status: row.status,
    severity: row.severity,
    labels: row.labels,
    annotations: row.annotations,
    value: row.value,
    silencedBy: isOpen ? silences.silencing(row.labels) : [],
    activeAt: row.activeAt.toISOString(),
    firedAt: iso(row.firedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedBy,
    resolvedAt: iso(row.resolvedAt),
    lastEvaluatedAt: row.lastEvaluatedAt.toISOString(),
  };
}

export function toDetail(row: AlertRow, events: readonly (AlertEventRow & { id: string })[], silences: ActiveSilences): AlertDetail {
  return {
    ...toSummary(row, silences),
    events: events.map(
      (e): AlertEvent => ({ id: e.id, type: e.type as AlertEventType, at: e.at.toISOString(), value: e.value, note: e.note, actor: e.actor }),
    ),
    triggerValues: row.triggerValues,
    generatorUrl: row.generatorUrl,
    escalationLevel: row.escalationLevel,
  };
}
