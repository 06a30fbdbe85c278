import type { AlertSeverity, NotificationMessage, NotifiedAlert } from '@vigil/types';
import { alertSummary } from './notification-summary.js';

/** PagerDuty Events API v2 event, as far as Vigil fills it. */
export interface PagerDutyEvent {
  routing_key: string;
  event_action: 'trigger' | 'acknowledge' | 'resolve';
  dedup_key: string;
  payload?: {
    summary: string;
    source: string;
    severity: 'critical' | 'error' | 'warning' | 'info';
    timestamp: string;
    custom_details: Record<string, unknown>;
  };
  links?: { href: string; text: string }[];
}

// PagerDuty's limit; a longer summary is refused with 400.
const SUMMARY_LIMIT = 1024;
const SEVERITIES: Record<AlertSeverity, 'critical' | 'warning' | 'info'> = {
  critical: 'critical',
  warning: 'warning',
  info: 'info',
};

/** An escalation re-triggers whatever it is about; otherwise the alert's status decides. */
export function eventAction(message: NotificationMessage, alert: NotifiedAlert): PagerDutyEvent['event_action'] {
  if (alert.status === 'resolved') return 'resolve';
  if (alert.status === 'acknowledged' && message.kind !== 'escalation') return 'acknowledge';
  return 'trigger';
}

function summaryOf(alert: NotifiedAlert): string {
  const described = alertSummary(alert);
  const summary = described === undefined ? alert.name : `${alert.name}: ${described}`;
  return summary.length <= SUMMARY_LIMIT ? summary : `${summary.slice(0, SUMMARY_LIMIT - 3)}...`;
}

/** Where the problem is: the usual instance-like labels, else the sending Vigil. */
function sourceOf(message: NotificationMessage, alert: NotifiedAlert): string {
  const { instance, host, job } = alert.labels;
  return instance ?? host ?? job ?? (message.sentBy || 'vigil');
}

function linksOf(alert: NotifiedAlert): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  if (alert.annotations.runbookUrl !== undefined) links.push({ href: alert.annotations.runbookUrl, text: 'Runbook' });
  if (alert.generatorUrl !== null) links.push({ href: alert.generatorUrl, text: 'Source' });
  return links;
}

/**
 * One event per alert, keyed by its fingerprint so PagerDuty folds repeats into one
 * incident and a later resolve closes it. Only a trigger carries `payload` and
 * `links`: PagerDuty ignores them on acknowledge and resolve.
 */
export function pagerDutyEvent(message: NotificationMessage, alert: NotifiedAlert, routingKey: string): PagerDutyEvent {
  const event_action = eventAction(message, alert);
  const event: PagerDutyEvent = { routing_key: routingKey, event_action, dedup_key: alert.fingerprint };
  if (event_action !== 'trigger') return event;
  event.payload = {
    summary: summaryOf(alert),
    source: sourceOf(message, alert),
    severity: SEVERITIES[alert.severity],
    timestamp: alert.startsAt,
    custom_details: {
      status: alert.status,
      value: alert.value,
      labels: alert.labels,
      annotations: alert.annotations,
      ...(message.escalationLevel !== undefined ? { escalationLevel: message.escalationLevel } : {}),
    },
  };
  const links = linksOf(alert);
  if (links.length > 0) event.links = links;
  return event;
}
