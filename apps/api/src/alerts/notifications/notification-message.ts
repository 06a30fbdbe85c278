import type { NotificationKind, NotificationMessage, NotifiedAlert } from '@vigil/types';
import type { AlertRow } from '../lifecycle/alert-row.js';

export function toNotifiedAlert(alert: AlertRow): NotifiedAlert {
  const status = alert.status === 'resolved' ? 'resolved' : alert.status === 'acknowledged' ? 'acknowledged' : 'firing';
  return {
    alertId: alert.id,
    fingerprint: alert.fingerprint,
    status,
    name: alert.name,
    severity: alert.severity,
    labels: alert.labels,
    annotations: alert.annotations,
    value: alert.value,
    startsAt: (alert.firedAt ?? alert.activeAt).toISOString(),
    endsAt: alert.resolvedAt?.toISOString() ?? null,
    generatorUrl: alert.generatorUrl,
  };
}

/** The channel-neutral message for a group's (or one alert's) notification. */
export function buildMessage(
  kind: NotificationKind,
  group: { groupKey: string; groupLabels: Record<string, string> },
  alerts: readonly AlertRow[],
  sentBy: string,
  escalationLevel?: number,
): NotificationMessage {
  const firing = alerts.filter((a) => a.status !== 'resolved').length;
  const status = firing > 0 ? 'firing' : 'resolved';
  const names = [...new Set(alerts.map((a) => a.name))].join(', ');
  const head = kind === 'escalation' ? `ESCALATED L${escalationLevel}` : kind === 'acknowledged' ? 'ACKNOWLEDGED' : status.toUpperCase();
  return {
    kind,
    status,
    groupKey: group.groupKey,
    groupLabels: group.groupLabels,
    alerts: alerts.map(toNotifiedAlert),
    ...(escalationLevel !== undefined ? { escalationLevel } : {}),
    title: `[${head}${status === 'firing' ? `:${firing}` : ''}] ${names}`,
    sentBy,
  };
}
