/**
 * The text formats every contract checks the same way: Prometheus names, UUIDs,
 * durations (`30s`, `1h30m`) and times (RFC 3339 or Unix milliseconds).
 */

/** Prometheus' metric name and label name syntax. */
export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A UUID of any version, in either case. */
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `15s`, `1m`, `1h30m` or plain milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  if (text.length > 64) return undefined;
  const parts = [...text.matchAll(/(\d{1,9})(ms|s|m|h|d|w)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((total, [, n, unit]) => total + Number(n) * (DURATION_UNITS[unit ?? ''] ?? 0), 0);
}

/** RFC 3339 or Unix milliseconds; undefined when malformed. */
export function parseTime(text: string): number | undefined {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  return parseRfc3339(text);
}

/** RFC 3339 only (a date, `T`, a time); undefined when malformed. */
export function parseRfc3339(text: string): number | undefined {
  if (text.length > 64 || !/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `90000` → `1m30s`; whole units only, as bounds are written in messages. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
