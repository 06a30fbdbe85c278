import type { NotificationMessage, NotifiedAlert } from '@vigil/types';
import { formatValue, headline } from './notification-summary.js';

/** Label and annotation lines, sorted so the same alert always reads the same. */
function details(alert: NotifiedAlert): { labels: [string, string][]; annotations: [string, string][] } {
  const labels = Object.entries(alert.labels).sort(([a], [b]) => a.localeCompare(b));
  const annotations = Object.entries(alert.annotations)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return { labels, annotations };
}

export function emailText(message: NotificationMessage): string {
  const lines = [headline(message), ''];
  for (const alert of message.alerts) {
    const { labels, annotations } = details(alert);
    lines.push(`${alert.name} (${alert.status}, ${alert.severity})`, `  value: ${formatValue(alert.value)}`);
    lines.push(`  started: ${alert.startsAt}${alert.endsAt === null ? '' : `, ended: ${alert.endsAt}`}`);
    for (const [name, value] of annotations) lines.push(`  ${name}: ${value}`);
    if (labels.length > 0) lines.push(`  labels: ${labels.map(([name, value]) => `${name}="${value}"`).join(', ')}`);
    if (alert.generatorUrl !== null) lines.push(`  source: ${alert.generatorUrl}`);
    lines.push('');
  }
  if (message.alerts.length === 0) lines.push('No alerts.', '');
  lines.push(`Sent by ${message.sentBy}`);
  return lines.join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) links become anchors: a `javascript:` runbook URL stays plain text. */
function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(url);
}

function alertHtml(alert: NotifiedAlert): string {
  const { labels, annotations } = details(alert);
  const rows = [
    ['value', escapeHtml(formatValue(alert.value))],
    ['started', escapeHtml(alert.startsAt)],
    ...(alert.endsAt === null ? [] : [['ended', escapeHtml(alert.endsAt)]]),
    ...annotations.map(([name, value]) => [name, name === 'runbookUrl' ? link(value, value) : escapeHtml(value)]),
    ['labels', labels.map(([name, value]) => `${escapeHtml(name)}="${escapeHtml(value)}"`).join(', ')],
    ...(alert.generatorUrl === null ? [] : [['source', link(alert.generatorUrl, alert.generatorUrl)]]),
  ];
  const cells = rows.map(([name, html]) => `<tr><th align="left">${escapeHtml(name ?? '')}</th><td>${html}</td></tr>`);
  const title = `${alert.name} (${alert.status}, ${alert.severity})`;
  return `<h3>${escapeHtml(title)}</h3>\n<table>${cells.join('')}</table>`;
}

/** Plain markup with inline attributes only: mail clients drop style sheets. */
export function emailHtml(message: NotificationMessage): string {
  const alerts = message.alerts.length > 0 ? message.alerts.map(alertHtml).join('\n') : '<p>No alerts.</p>';
  return [
    '<!doctype html>',
    `<html><body><h2>${escapeHtml(headline(message))}</h2>`,
    alerts,
    `<p>Sent by ${escapeHtml(message.sentBy)}</p></body></html>`,
  ].join('\n');
}
