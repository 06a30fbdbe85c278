import type { HealthHistoryPage, HealthReport, HealthUptimeReport } from '@vigil/types';
import { isRecord } from '../contract-guards';

export function isHealthReport(value: unknown): value is HealthReport {
  return (
    isRecord(value) &&
    typeof value.status === 'string' &&
    isRecord(value.score) &&
    typeof value.score.value === 'number' &&
    Array.isArray(value.components)
  );
}

export function isHealthHistoryPage(value: unknown): value is HealthHistoryPage {
  return isRecord(value) && Array.isArray(value.items) && typeof value.truncated === 'boolean';
}

export function isHealthUptimeReport(value: unknown): value is HealthUptimeReport {
  return isRecord(value) && typeof value.at === 'string' && Array.isArray(value.components);
}
