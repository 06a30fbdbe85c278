import type { ErrorBody, ReadinessReport, Setting } from '@vigil/types';

// JSON from the network is `unknown` until checked; these check the top-level shape the
// page relies on, not every nested field.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    isRecord(value) &&
    typeof value.statusCode === 'number' &&
    typeof value.error === 'string' &&
    typeof value.message === 'string' &&
    (value.details === undefined || isRecord(value.details))
  );
}

export function isReadinessReport(value: unknown): value is ReadinessReport {
  return isRecord(value) && value.status === 'ok' && isRecord(value.components);
}

export function isSetting(value: unknown): value is Setting {
  return isRecord(value) && typeof value.key === 'string' && 'value' in value && isRecord(value.definition);
}

export function isSettingList(value: unknown): value is Setting[] {
  return Array.isArray(value) && value.every(isSetting);
}

export function isArrayOf<T>(value: unknown, guard: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every(guard);
}


/** A 204 answer: no body at all. */
export function isNoContent(value: unknown): value is undefined {
  return value === undefined;
}
