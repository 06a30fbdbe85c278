import type { MetricQueryResult, SlowQueryReport, SystemMetricsSnapshot } from '@vigil/types';
import { isRecord } from '../contract-guards';

export function isMetricQueryResult(value: unknown): value is MetricQueryResult {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.stepMs === 'number' &&
    Array.isArray(value.series) &&
    value.series.every((series) => isRecord(series) && isRecord(series.labels) && Array.isArray(series.points))
  );
}

export function isSystemMetricsSnapshot(value: unknown): value is SystemMetricsSnapshot {
  return isRecord(value) && isRecord(value.cpu) && isRecord(value.memory) && isRecord(value.process);
}

export function isSlowQueryReport(value: unknown): value is SlowQueryReport {
  return isRecord(value) && typeof value.thresholdMs === 'number' && Array.isArray(value.entries);
}
