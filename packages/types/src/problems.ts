/**
 * How a schema failure becomes the API's problem list: one `{ field, problem }` per
 * field at fault, paths written as clients read them (`[3].labels.host`,
 * `matchers[0].value`, `query.window`), problems in plain words.
 */
import type { z } from 'zod';
import type { FieldProblem } from './errors.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/**
 * `['levels', 2, 'channelIds', 0]` → `levels[2].channelIds[0]`. Without a prefix the
 * value itself is `body`; with one (`value` of a setting) every path starts there.
 */
export function fieldPath(path: readonly PropertyKey[], prefix?: string): string {
  const text = path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 && !prefix ? String(part) : `.${String(part)}`))
    .join('');
  return prefix ? `${prefix}${text}` : text === '' ? 'body' : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'must be a string',
  number: 'must be a finite number',
  int: 'must be an integer',
  boolean: 'must be true or false',
  object: 'must be an object',
  array: 'must be an array',
  record: 'must be an object',
  null: 'must be null',
};

function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/**
 * The words for an issue that its schema did not phrase itself. Passed as `error` to
 * `safeParse`, so a message written on a schema always wins.
 */
export function problemText(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : (TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`);
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `is longer than ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        const count = Array.isArray(issue.input) ? issue.input.length : undefined;
        return count === undefined ? `must have at most ${entries(max)}` : `has ${entries(count)}, above the limit of ${max}`;
      }
      return issue.inclusive === false ? `must be below ${max}` : `must be at most ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${entries(min)}`;
      return issue.inclusive === false ? `must be above ${min}` : `must be at least ${min}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `must match ${String(issue.pattern ?? '')}` : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_key':
      return 'is not an allowed name';
    default:
      return undefined;
  }
}

/** Flattens zod's issues into the API's problem list, one entry per field at fault. */
export function toFieldProblems(issues: readonly Issue[], prefix?: string): FieldProblem[] {
  // Unknown fields first: a misspelt name explains the "is required" that follows it.
  const ordered = [...issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  return ordered.flatMap((issue): FieldProblem[] => {
    const at = (path: readonly PropertyKey[]) => fieldPath(path, prefix);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ field: at([...issue.path, key]), problem: issue.message }));
      case 'invalid_key':
        // A record's key schema phrases what a good name is; say that, at the key's path.
        return [{ field: at(issue.path), problem: issue.issues[0]?.message ?? issue.message }];
      case 'invalid_union': {
        const options = (issue as { options?: unknown[] }).options;
        if (options) return [{ field: at(issue.path), problem: `must be one of ${options.map(String).join(', ')}` }];
        // Alternatives of plain values (a number or a time string) fail as a whole: the
        // union's own words say what is allowed. Of several object shapes, report the
        // one that came closest: the fewest problems.
        const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
        const isShallow = issue.errors.every((branch) => branch.every((nested) => nested.path.length === 0));
        return closest && closest.length > 0 && !isShallow
          ? toFieldProblems(closest.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] })), prefix)
          : [{ field: at(issue.path), problem: issue.message }];
      }
      default:
        return [{ field: at(issue.path), problem: issue.message }];
    }
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Parses with the API's wording; with a `prefix`, the problems name fields under it. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): Parsed<z.output<S>> {
  const result = schema.safeParse(value, { error: problemText });
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: toFieldProblems(result.error.issues, prefix) };
}
