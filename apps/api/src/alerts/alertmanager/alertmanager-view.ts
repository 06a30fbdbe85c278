import { compileLabelRegex, formatAlertmanagerMatcher, formatDuration, type AlertGroup, type AlertmanagerMatcher, type GettableAlert, type GettableSilence } from '@vigil/types';
import type { AlertRow } from '../lifecycle/alert-row.js';
import type { ActiveSilences } from '../silences/active-silences.js';
import { compileMatchers, matchesAll } from '../silences/silence-matcher.js';
import type { SilenceRow } from '../silences/silence.repository.js';

/** The receiver of alerts with no channel to go to: the root route's, as Alertmanager needs one. */
export const ROOT_RECEIVER = 'vigil';

/** How Alertmanager's filters select alerts (`GET /api/v2/alerts`). */
export interface AlertSelection {
  active: boolean;
  silenced: boolean;
  inhibited: boolean;
  unprocessed: boolean;
  filter: readonly AlertmanagerMatcher[];
  receiver?: string;
}

/** An open alert as Alertmanager's `gettableAlert`: silenced alerts are `suppressed`; Vigil inhibits nothing. */
export function toGettableAlert(row: AlertRow, receivers: readonly string[], silences: ActiveSilences, resolveTimeoutMs: number): GettableAlert {
  const silencedBy = silences.silencing(row.labels);
  const endsAt = row.expiresAt ?? new Date(row.lastEvaluatedAt.getTime() + resolveTimeoutMs);
  return {
    labels: row.labels,
    annotations: row.annotations,
    startsAt: row.activeAt.toISOString(),
    endsAt: endsAt.toISOString(),
    updatedAt: row.lastEvaluatedAt.toISOString(),
    ...(row.generatorUrl ? { generatorURL: row.generatorUrl } : {}),
    fingerprint: row.fingerprint,
    receivers: (receivers.length > 0 ? receivers : [ROOT_RECEIVER]).map((name) => ({ name })),
    status: { state: silencedBy.length > 0 ? 'suppressed' : 'active', silencedBy, inhibitedBy: [] },
  };
}

/** Alertmanager's selection: by state, by every label matcher, and by an anchored receiver regex. */
export function selectAlerts(alerts: readonly GettableAlert[], selection: AlertSelection): GettableAlert[] {
  const matchers = compileMatchers(selection.filter);
  const receiver = selection.receiver === undefined ? undefined : compileLabelRegex(selection.receiver);
  return alerts.filter((alert) => {
    const isSilenced = alert.status.silencedBy.length > 0;
    const isInhibited = alert.status.inhibitedBy.length > 0;
    if (!selection.silenced && isSilenced) return false;
    if (!selection.inhibited && isInhibited) return false;
    if (!selection.active && alert.status.state === 'active') return false;
    if (!selection.unprocessed && alert.status.state === 'unprocessed') return false;
    if (receiver && !alert.receivers.some((r) => receiver.matches(r.name))) return false;
    return matchesAll(matchers, alert.labels);
  });
}

/** Alert groups per receiver and the values of the grouping labels, as Alertmanager's dispatcher forms them. */
export function groupAlerts(alerts: readonly GettableAlert[], groupBy: readonly string[], receiver?: string): AlertGroup[] {
  const receiverRegex = receiver === undefined ? undefined : compileLabelRegex(receiver);
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const labels = Object.fromEntries(groupBy.filter((name) => alert.labels[name] !== undefined).map((name) => [name, alert.labels[name]!]));
    for (const { name } of alert.receivers) {
      if (receiverRegex && !receiverRegex.matches(name)) continue;
      const key = JSON.stringify([name, labels]);
      const group = groups.get(key) ?? { labels, receiver: { name }, alerts: [] };
      group.alerts.push(alert);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

export function silenceState(row: SilenceRow, now: Date): GettableSilence['status']['state'] {
  return row.endsAt <= now ? 'expired' : row.startsAt > now ? 'pending' : 'active';
}

export function toGettableSilence(row: SilenceRow, now: Date): GettableSilence {
  return {
    id: row.id,
    matchers: row.matchers.map((m) => ({ name: m.name, value: m.value, isRegex: m.isRegex, isEqual: m.isEqual ?? true })),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    comment: row.comment,
    status: { state: silenceState(row, now) },
  };
}

/**
 * Alertmanager's silence filter: the filter's matchers must hold on the labels the
 * silence's own equality matchers spell out.
 */
export function silenceMatchesFilter(silence: GettableSilence, filter: readonly AlertmanagerMatcher[]): boolean {
  if (filter.length === 0) return true;
  const labels = Object.fromEntries(silence.matchers.filter((m) => !m.isRegex && m.isEqual).map((m) => [m.name, m.value]));
  return compileMatchers(filter).every((m) => m.name in labels && m.test(labels[m.name]!));
}

const STATE_ORDER = { active: 0, pending: 1, expired: 2 } as const;

/** Alertmanager's order: active ones ending first, then pending ones starting first, then expired ones latest first. */
export function sortSilences(silences: GettableSilence[]): GettableSilence[] {
  return silences.sort((a, b) => {
    const byState = STATE_ORDER[a.status.state] - STATE_ORDER[b.status.state];
    if (byState !== 0) return byState;
    if (a.status.state === 'active') return Date.parse(a.endsAt) - Date.parse(b.endsAt);
    if (a.status.state === 'pending') return Date.parse(a.startsAt) - Date.parse(b.startsAt);
    return Date.parse(b.endsAt) - Date.parse(a.endsAt);
  });
}

/** Vigil's grouping, channels and routing, as Alertmanager's configuration would say them. */
export interface RoutingView {
  groupBy: readonly string[];
  groupWaitMs: number;
  groupIntervalMs: number;
  repeatIntervalMs: number;
  resolveTimeoutMs: number;
  /** Enabled channels that receive alerts no rule routes elsewhere. */
  defaultReceivers: readonly string[];
  /** Rules that send to channels of their own: the alert name and the channels. */
  ruleRoutes: readonly { alertname: string; receivers: readonly string[] }[];
  /** Every channel, by name. */
  receivers: readonly string[];
}

// Plain where YAML reads the text back as that string; else double-quoted, and JSON strings
// are YAML double-quoted scalars, so a name is written safely whatever it holds.
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n)$/i;
const q = (text: string) => (PLAIN.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text));
const d = (ms: number) => formatDuration(ms);

/** The configuration as Alertmanager YAML: route tree and receivers by name only, never a secret. */
export function renderAlertmanagerConfig(view: RoutingView): string {
  const lines = [
    'global:',
    `  resolve_timeout: ${d(view.resolveTimeoutMs)}`,
    'route:',
    `  receiver: ${q(ROOT_RECEIVER)}`,
    `  group_by: [${view.groupBy.map(q).join(', ')}]`,
    `  group_wait: ${d(view.groupWaitMs)}`,
    `  group_interval: ${d(view.groupIntervalMs)}`,
    `  repeat_interval: ${d(view.repeatIntervalMs)}`,
  ];
  const routes: string[] = [];
  for (const rule of view.ruleRoutes) {
    rule.receivers.forEach((receiver, i) => {
      routes.push(`    - receiver: ${q(receiver)}`, `      matchers: [${q(formatAlertmanagerMatcher({ name: 'alertname', value: rule.alertname, isRegex: false, isEqual: true }))}]`);
      // Every channel of the rule receives it: all but the last route let the next one see it too.
      if (i < rule.receivers.length - 1) routes.push('      continue: true');
    });
  }
  view.defaultReceivers.forEach((receiver) => routes.push(`    - receiver: ${q(receiver)}`, '      continue: true'));
  if (routes.length > 0) lines.push('  routes:', ...routes);
  lines.push('receivers:', `  - name: ${q(ROOT_RECEIVER)}`, ...view.receivers.filter((r) => r !== ROOT_RECEIVER).map((r) => `  - name: ${q(r)}`));
  return `${lines.join('\n')}\n`;
}
