import type { FieldProblem } from '@vigil/types';
import { isObject } from '../../common/is-object.js';
import { LABEL_NAME, parseDuration, UUID } from '../../common/validation/formats.js';

export { isObject };

/**
 * Collects problems under a path prefix, so nested checks name the full field
 * (`query.window`, `labels.team`) without threading strings through every call.
 */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, problem: string): void {
    this.list.push({ field, problem });
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  unknownKeys(value: Record<string, unknown>, allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.add(`${prefix}${key}`, 'is not a known field');
    }
  }

  /** A duration string (`30s`, `5m`, `1h`, `0s`) within [min, max]; returns milliseconds. */
  duration(field: string, value: unknown, bounds: { min: number; max: number }): number | undefined {
    const ms = typeof value === 'string' ? parseDuration(value) : undefined;
    if (ms === undefined) {
      this.add(field, 'must be a non-negative duration such as 30s, 5m or 1h');
      return undefined;
    }
    if (ms < bounds.min || ms > bounds.max) {
      this.add(field, `must be between ${formatMs(bounds.min)} and ${formatMs(bounds.max)}`);
      return undefined;
    }
    return ms;
  }

  /** `{ label: value }` with Prometheus label names; returns the map when valid. */
  labelMap(field: string, value: unknown, limits: { maxEntries: number; maxValueLength: number; reserved?: readonly string[] }): Record<string, string> | undefined {
    if (!isObject(value)) {
      this.add(field, 'must be an object of string values');
      return undefined;
    }
    const entries = Object.entries(value);
    const before = this.list.length;
    if (entries.length > limits.maxEntries) this.add(field, `has ${entries.length} entries, above the limit of ${limits.maxEntries}`);
    for (const [key, v] of entries) {
      if (!LABEL_NAME.test(key) || key.startsWith('__')) this.add(`${field}.${key}`, 'name must match [a-zA-Z_][a-zA-Z0-9_]* and not start with __');
      else if (limits.reserved?.includes(key)) this.add(`${field}.${key}`, 'is set by Vigil');
      if (typeof v !== 'string') this.add(`${field}.${key}`, 'must be a string');
      else if (v.length > limits.maxValueLength) this.add(`${field}.${key}`, `is longer than ${limits.maxValueLength} characters`);
    }
    return this.list.length === before ? (value as Record<string, string>) : undefined;
  }

  /** A trimmed, non-empty string of at most `maxLength` characters without control characters. */
  text(field: string, value: unknown, maxLength: number): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(field, 'must be a non-empty string');
      return undefined;
    }
    if (value.length > maxLength) {
      this.add(field, `is longer than ${maxLength} characters`);
      return undefined;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      this.add(field, 'must not contain control characters');
      return undefined;
    }
    return value.trim();
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  uuidList(field: string, value: unknown, maxEntries: number): string[] | undefined {
    if (!Array.isArray(value)) {
      this.add(field, 'must be an array of ids');
      return undefined;
    }
    if (value.length > maxEntries) this.add(field, `has ${value.length} entries, above the limit of ${maxEntries}`);
    const before = this.list.length;
    value.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !UUID.test(id)) this.add(`${field}[${i}]`, 'must be a UUID');
    });
    if (new Set(value).size !== value.length) this.add(field, 'must not repeat an id');
    return this.list.length === before ? (value as string[]).map((id) => id.toLowerCase()) : undefined;
  }

  time(field: string, value: unknown): Date | undefined {
    const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(ms)) {
      this.add(field, 'must be an RFC 3339 time such as 2026-01-01T00:00:00Z');
      return undefined;
    }
    return new Date(ms);
  }
}

export function formatMs(ms: number): string {
  if (ms === 0) return '0s';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
