import type { FieldProblem } from '@vigil/types';

export const MAX_HTTP_TARGETS = 20;
export const MAX_HTTP_TARGET_TIMEOUT_MS = 30_000;
const NAME = /^[a-z0-9][a-z0-9-]{0,47}$/;
const KEYS = new Set(['name', 'url', 'expectedStatus', 'timeoutMs', 'critical']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599;

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2_048) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function targetProblems(item: unknown, at: string): FieldProblem[] {
  if (!isRecord(item)) return [{ field: at, problem: 'must be an object' }];
  const problems: FieldProblem[] = [];
  const problem = (key: string, text: string) => problems.push({ field: `${at}.${key}`, problem: text });
  for (const key of Object.keys(item)) if (!KEYS.has(key)) problem(key, 'is not a known property');
  if (typeof item.name !== 'string' || !NAME.test(item.name)) {
    problem('name', 'must match ^[a-z0-9][a-z0-9-]*$ and be at most 48 characters');
  }
  if (!isHttpUrl(item.url)) problem('url', 'must be an http:// or https:// URL with a host');
  if (item.expectedStatus !== undefined) {
    const range = item.expectedStatus;
    if (!isRecord(range) || !isStatus(range.min) || !isStatus(range.max) || Object.keys(range).length !== 2) {
      problem('expectedStatus', 'must be { min, max } with integer statuses from 100 to 599');
    } else if (range.min > range.max) {
      problem('expectedStatus', 'min must not be above max');
    }
  }
  const timeout = item.timeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || (timeout as number) < 1 || (timeout as number) > MAX_HTTP_TARGET_TIMEOUT_MS)) {
    problem('timeoutMs', `must be an integer from 1 to ${MAX_HTTP_TARGET_TIMEOUT_MS}`);
  }
  if (item.critical !== undefined && typeof item.critical !== 'boolean') problem('critical', 'must be true or false');
  return problems;
}

/**
 * Checks a list of HTTP dependencies, from the environment or the settings API. `field`
 * prefixes every problem (`value[2].url`), so the caller's 400 names what is wrong.
 */
export function validateHttpTargets(value: unknown, field: string): FieldProblem[] {
  if (!Array.isArray(value)) return [{ field: field || '(root)', problem: 'must be a JSON array of targets' }];
  if (value.length > MAX_HTTP_TARGETS) return [{ field: field || '(root)', problem: `must hold at most ${MAX_HTTP_TARGETS} targets` }];
  const problems = value.flatMap((item, index) => targetProblems(item, `${field}[${index}]`));
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const name = isRecord(item) ? item.name : undefined;
    if (typeof name !== 'string') return;
    if (seen.has(name)) problems.push({ field: `${field}[${index}].name`, problem: `"${name}" is used twice` });
    seen.add(name);
  });
  return problems;
}

