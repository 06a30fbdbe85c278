import type { AlertSeverity, NotificationMessage, NotifiedAlert } from '@vigil/types';

/**
 * The short texts every human-facing channel shares (Slack, email, SMS), so a page, a
 * mail and a chat line about the same alerts read the same:
 * `[FIRING:2] HighCpu`, `[TEST] [RESOLVED:1] DiskFull`, `[ESCALATION 2] [FIRING:1] …`.
 */

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

export type HeadlineStatus = 'FIRING' | 'RESOLVED' | 'ACKNOWLEDGED';

export function headlineStatus(message: NotificationMessage): HeadlineStatus {
  if (message.kind === 'acknowledged') return 'ACKNOWLEDGED';
  return message.status === 'firing' ? 'FIRING' : 'RESOLVED';
}

/** The alerts the headline is about: those in the headline's status, else all. */
export function headlineAlerts(message: NotificationMessage): NotifiedAlert[] {
  const status = headlineStatus(message).toLowerCase();
  const matching = message.alerts.filter((alert) => alert.status === status);
  return matching.length > 0 ? matching : message.alerts;
}

/** What the alerts are called: their one shared name, else the group's, else the title. */
export function groupName(message: NotificationMessage): string {
  const names = new Set(message.alerts.map((alert) => alert.name));
  if (names.size === 1) return [...names][0] as string;
  return message.groupLabels['alertname'] ?? (message.title || 'alerts');
}

export function highestSeverity(alerts: readonly NotifiedAlert[]): AlertSeverity | null {
  let highest: AlertSeverity | null = null;
  for (const alert of alerts) {
    if (highest === null || SEVERITY_RANK[alert.severity] < SEVERITY_RANK[highest]) highest = alert.severity;
  }
  return highest;
}

/** `[TEST] ` or `[ESCALATION 2] ` before the status, so such messages stand out. */
export function kindPrefix(message: NotificationMessage): string {
  if (message.kind === 'test') return '[TEST] ';
  if (message.kind === 'escalation') return `[ESCALATION ${message.escalationLevel ?? 1}] `;
  return '';
}

/** `[FIRING:2] HighCpu`: email subject, start of the Slack text. */
export function headline(message: NotificationMessage): string {
  const count = headlineAlerts(message).length;
  return `${kindPrefix(message)}[${headlineStatus(message)}:${count}] ${groupName(message)}`;
}

export function formatValue(value: number | null): string {
  if (value === null) return 'n/a';
  // Six significant digits: enough to compare with a threshold, short enough to read.
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);
}

/** The one-line description of an alert: its summary, else its description. */
export function alertSummary(alert: NotifiedAlert): string | undefined {
  return alert.annotations.summary ?? alert.annotations.description;
}
