import type { StoredRule } from '../rules/rule-spec.js';
import type { AlertEventType } from '@vigil/types';
import { parseDuration } from '../../common/validation/formats.js';
import type { AlertRow, NewAlert } from '../lifecycle/alert-row.js';
import { nextStep, type OpenStatus } from './alert-state-machine.js';
import { fingerprint } from './fingerprint.js';
import type { Observation } from './rule-observations.js';

/** Kept per alert: enough to see how it got there, bounded so a long pending stays small. */
export const MAX_TRIGGER_VALUES = 20;

export interface PlannedEvent {
  type: AlertEventType;
  value: number | null;
  note?: string;
}

export interface TransitionPlan {
  inserts: { alert: NewAlert; events: PlannedEvent[] }[];
  updates: { alert: AlertRow; events: PlannedEvent[] }[];
}

const ms = (duration: string) => parseDuration(duration) ?? 0;

/** The labels an alert of `rule` carries for one observed label set. */
export function alertLabels(rule: StoredRule, observed: Record<string, string>): Record<string, string> {
  return { ...observed, ...rule.labels, alertname: rule.name, severity: rule.severity };
}

/**
 * Turns one evaluation's observations into writes: each (rule, label set) moves
 * through inactive → pending → firing → resolved as `nextStep` says. Open alerts of
 * rules that are gone or disabled resolve; posted alerts past their end resolve.
 */
export function planTransitions(
  rules: readonly StoredRule[],
  observations: ReadonlyMap<string, Observation[]>,
  open: readonly AlertRow[],
  now: Date,
): TransitionPlan {
  const plan: TransitionPlan = { inserts: [], updates: [] };
  const byFingerprint = new Map(open.map((a) => [a.fingerprint, a]));
  const seen = new Set<string>();
  const at = now.getTime();

  for (const rule of rules) {
    const timing = { forMs: ms(rule.for), keepFiringForMs: ms(rule.keepFiringFor) };
    for (const observation of observations.get(rule.id) ?? []) {
      const labels = alertLabels(rule, observation.labels);
      const key = fingerprint(labels);
      if (seen.has(key)) continue;
      seen.add(key);
      const current = byFingerprint.get(key);
      const state = current && current.ruleId === rule.id ? { status: current.status as OpenStatus, activeAt: current.activeAt.getTime(), recoveringSince: current.recoveringSince?.getTime() ?? null } : undefined;
      const step = nextStep(state, observation.isBreaching, at, timing);
      if (step.kind === 'open') {
        plan.inserts.push({ alert: newAlert(rule, labels, key, observation.value, step.status, now), events: openingEvents(step.status, observation.value) });
      } else if (current && step.kind !== 'none') {
        plan.updates.push(applyStep(current, step.kind, observation.value, now));
      } else if (current) {
        plan.updates.push({ alert: { ...current, value: observation.value ?? current.value, lastEvaluatedAt: now }, events: [] });
      }
    }
  }

  const ruleIds = new Set(rules.map((r) => r.id));
  for (const alert of open) {
    if (seen.has(alert.fingerprint)) continue;
    if (alert.source === 'prometheus') {
      if (alert.expiresAt && alert.expiresAt <= now) plan.updates.push(applyStep(alert, 'resolve', null, now, 'no longer posted'));
      continue;
    }
    if (!alert.ruleId || !ruleIds.has(alert.ruleId)) {
      plan.updates.push(applyStep(alert, alert.status === 'pending' ? 'deactivate' : 'resolve', null, now, 'rule disabled or deleted'));
      continue;
    }
    // No data for the label set any more: the condition no longer holds, as in Prometheus.
    const rule = rules.find((r) => r.id === alert.ruleId)!;
    const state = { status: alert.status as OpenStatus, activeAt: alert.activeAt.getTime(), recoveringSince: alert.recoveringSince?.getTime() ?? null };
    const step = nextStep(state, false, at, { forMs: ms(rule.for), keepFiringForMs: ms(rule.keepFiringFor) });
    if (step.kind !== 'none' && step.kind !== 'open') plan.updates.push(applyStep(alert, step.kind, null, now));
  }
  return plan;
}

function newAlert(rule: StoredRule, labels: Record<string, string>, key: string, value: number | null, status: 'pending' | 'firing', now: Date): NewAlert {
  return {
    fingerprint: key,
    ruleId: rule.id,
    source: 'rule',
    name: rule.name,
    status,
    severity: rule.severity,
    labels,
    annotations: rule.annotations,
    value,
    triggerValues: value === null ? [] : [{ at: now.toISOString(), value }],
    generatorUrl: null,
    activeAt: now,
    firedAt: status === 'firing' ? now : null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    recoveringSince: null,
    lastEvaluatedAt: now,
    expiresAt: null,
    notifyAfter: null,
    lastNotifiedAt: null,
    escalationLevel: 0,
  };
}

function openingEvents(status: 'pending' | 'firing', value: number | null): PlannedEvent[] {
  return status === 'firing' ? [{ type: 'pending', value }, { type: 'firing', value }] : [{ type: 'pending', value }];
}

/** The row after `step`, with the event it writes. */
export function applyStep(
  alert: AlertRow,
  step: 'fire' | 'hold' | 'recover' | 'resolve' | 'deactivate',
  value: number | null,
  now: Date,
  note?: string,
): { alert: AlertRow; events: PlannedEvent[] } {
  const next: AlertRow = { ...alert, value: value ?? alert.value, lastEvaluatedAt: now };
  const withValue = (rows: AlertRow['triggerValues']) =>
    value === null ? rows : [...rows, { at: now.toISOString(), value }].slice(-MAX_TRIGGER_VALUES);
  switch (step) {
    case 'fire':
      return { alert: { ...next, status: 'firing', firedAt: now, triggerValues: withValue(alert.triggerValues) }, events: [{ type: 'firing', value }] };
    case 'hold':
      return {
        alert: { ...next, recoveringSince: null, triggerValues: alert.status === 'pending' ? withValue(alert.triggerValues) : alert.triggerValues },
        events: [],
      };
    case 'recover':
      return { alert: { ...next, recoveringSince: now }, events: [] };
    case 'resolve':
      return { alert: { ...next, status: 'resolved', resolvedAt: now, recoveringSince: null }, events: [{ type: 'resolved', value, ...(note ? { note } : {}) }] };
    case 'deactivate':
      return { alert: { ...next, status: 'inactive', resolvedAt: now }, events: [{ type: 'inactive', value, ...(note ? { note } : {}) }] };
  }
}
