import type { FieldProblem } from '@vigil/types';
import { isObject } from '../../common/is-object.js';

/**
 * Small checks for channel configs. Each returns the problems of one field, with
 * paths as the API reports them (`config.url`, `config.to[1]`); an empty list means
 * the value is good. Optional fields treat `undefined` and `null` as absent.
 */

const MAX_STRING_LENGTH = 2048;
const MAX_LIST_LENGTH = 100;
// Deliberately loose: one @, no spaces or angle brackets. The SMTP server is the judge.
const EMAIL_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

export { isObject };

function problem(field: string, text: string): FieldProblem[] {
  return [{ field, problem: text }];
}

/** `config` must be an object holding only `allowed` keys. */
export function configObjectProblems(config: unknown, allowed: readonly string[]): FieldProblem[] {
  if (!isObject(config)) return problem('config', 'must be an object');
  return Object.keys(config)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: `config.${key}`, problem: 'unknown field' }));
}

export function requiredString(value: unknown, path: string): FieldProblem[] {
  if (isAbsent(value)) return problem(path, 'is required');
  if (typeof value !== 'string') return problem(path, 'must be a string');
  if (value.trim() === '') return problem(path, 'must not be empty');
  if (value.length > MAX_STRING_LENGTH) return problem(path, `must be at most ${MAX_STRING_LENGTH} characters`);
  return [];
}

export function optionalString(value: unknown, path: string): FieldProblem[] {
  return isAbsent(value) ? [] : requiredString(value, path);
}

export function optionalBoolean(value: unknown, path: string): FieldProblem[] {
  return isAbsent(value) || typeof value === 'boolean' ? [] : problem(path, 'must be true or false');
}

export function httpUrl(value: unknown, path: string): FieldProblem[] {
  const problems = requiredString(value, path);
  if (problems.length > 0) return problems;
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    return problem(path, 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem(path, 'must use http or https');
  if (url.username !== '' || url.password !== '') return problem(path, 'must not hold credentials');
  return [];
}

export function optionalHttpUrl(value: unknown, path: string): FieldProblem[] {
  return isAbsent(value) ? [] : httpUrl(value, path);
}

export function portNumber(value: unknown, path: string): FieldProblem[] {
  if (isAbsent(value)) return problem(path, 'is required');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
    return problem(path, 'must be an integer from 1 to 65535');
  }
  return [];
}

export function emailAddress(value: unknown, path: string): FieldProblem[] {
  const problems = requiredString(value, path);
  if (problems.length > 0) return problems;
  return EMAIL_ADDRESS.test(value as string) ? [] : problem(path, 'must be an email address');
}

/** A non-empty list whose items each pass `check`, e.g. email addresses. */
export function nonEmptyList(
  value: unknown,
  path: string,
  check: (item: unknown, itemPath: string) => FieldProblem[],
): FieldProblem[] {
  if (isAbsent(value)) return problem(path, 'is required');
  if (!Array.isArray(value)) return problem(path, 'must be a list');
  if (value.length === 0) return problem(path, 'must name at least one recipient');
  if (value.length > MAX_LIST_LENGTH) return problem(path, `must have at most ${MAX_LIST_LENGTH} items`);
  return value.flatMap((item, index) => check(item, `${path}[${index}]`));
}

export function emailAddressList(value: unknown, path: string): FieldProblem[] {
  return nonEmptyList(value, path, emailAddress);
}

/** An object of string values; `checkEntry` may reject names or values (e.g. reserved headers). */
export function optionalStringMap(
  value: unknown,
  path: string,
  checkEntry: (key: string, item: string, entryPath: string) => FieldProblem[] = () => [],
): FieldProblem[] {
  if (isAbsent(value)) return [];
  if (!isObject(value)) return problem(path, 'must be an object of strings');
  return Object.entries(value).flatMap(([key, item]) => {
    const entryPath = `${path}.${key}`;
    return typeof item === 'string' ? checkEntry(key, item, entryPath) : problem(entryPath, 'must be a string');
  });
}
