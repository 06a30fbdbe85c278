import type { NotificationMessage, NotifiedAlert, SlackChannelConfig } from '@vigil/types';
import {
  alertSummary,
  formatValue,
  headline,
  headlineAlerts,
  headlineStatus,
  highestSeverity,
} from './notification-summary.js';

/** The parts of Slack's incoming-webhook payload Vigil uses. */
export interface SlackPayload {
  text: string;
  attachments: SlackAttachment[];
  channel?: string;
  username?: string;
}

export interface SlackAttachment {
  color: string;
  fallback: string;
  text: string;
  mrkdwn_in: ['text'];
}

// Slack's own "good" green for resolved; red/amber/blue by severity while firing.
const COLORS = {
  resolved: '#2eb886',
  acknowledged: '#9e9e9e',
  critical: '#d00000',
  warning: '#daa038',
  info: '#439fe0',
} as const;

/** Slack reads `&`, `<` and `>` as markup; everything else is literal. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function colorFor(message: NotificationMessage): string {
  const status = headlineStatus(message);
  if (status === 'RESOLVED') return COLORS.resolved;
  if (status === 'ACKNOWLEDGED') return COLORS.acknowledged;
  return COLORS[highestSeverity(headlineAlerts(message)) ?? 'warning'];
}

/** `• *HighCpu* (firing) value 93.5 — CPU above 80% <runbook|Runbook>` */
function alertLine(alert: NotifiedAlert): string {
  const parts = [`• *${escapeSlack(alert.name)}* (${alert.status}) value ${formatValue(alert.value)}`];
  const summary = alertSummary(alert);
  if (summary !== undefined) parts.push(`— ${escapeSlack(summary)}`);
  const runbook = alert.annotations.runbookUrl;
  if (runbook !== undefined) parts.push(`<${escapeSlack(runbook)}|Runbook>`);
  if (alert.generatorUrl !== null) parts.push(`<${escapeSlack(alert.generatorUrl)}|Source>`);
  return parts.join(' ');
}

/** One summary line as `text` (what notifications show), details in one coloured attachment. */
export function slackPayload(message: NotificationMessage, config: SlackChannelConfig): SlackPayload {
  const severity = highestSeverity(headlineAlerts(message));
  const text = severity === null ? headline(message) : `${headline(message)} (${severity})`;
  const payload: SlackPayload = {
    text: escapeSlack(text),
    attachments: [
      {
        color: colorFor(message),
        fallback: escapeSlack(text),
        text: message.alerts.length > 0 ? message.alerts.map(alertLine).join('\n') : 'No alerts.',
        mrkdwn_in: ['text'],
      },
    ],
  };
  if (config.channel !== undefined) payload.channel = config.channel;
  if (config.username !== undefined) payload.username = config.username;
  return payload;
}
