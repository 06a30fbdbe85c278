import type { AlertDetail, AlertRule, AlertSummary, Page, Silence } from '@vigil/types';
import { isArrayOf, isRecord } from '../contract-guards';

function isAlertSummary(value: unknown): value is AlertSummary {
  return isRecord(value) && typeof value.id === 'string' && typeof value.status === 'string' && isRecord(value.labels);
}

export function isAlertPage(value: unknown): value is Page<AlertSummary> {
  return isRecord(value) && typeof value.total === 'number' && isArrayOf(value.items, isAlertSummary);
}

export function isAlertDetail(value: unknown): value is AlertDetail {
  return isRecord(value) && isAlertSummary(value) && Array.isArray(value.events) && Array.isArray(value.triggerValues);
}

export function isAlertRule(value: unknown): value is AlertRule {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.enabled === 'boolean';
}

export function isAlertRuleList(value: unknown): value is AlertRule[] {
  return isArrayOf(value, isAlertRule);
}

export function isSilence(value: unknown): value is Silence {
  return isRecord(value) && typeof value.id === 'string' && Array.isArray(value.matchers) && typeof value.state === 'string';
}

export function isSilenceList(value: unknown): value is Silence[] {
  return isArrayOf(value, isSilence);
}
