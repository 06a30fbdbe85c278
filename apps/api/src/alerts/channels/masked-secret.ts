import { MASKED_SECRET, type FieldProblem } from '@vigil/types';
import { isObject } from '../../common/is-object.js';

const isAbsent = (value: unknown): value is undefined | null => value === undefined || value === null;

export interface RestoredSecret {
  value: unknown;
  problems: FieldProblem[];
}

/**
 * API answers show secrets as MASKED_SECRET, so a client that edits a channel sends
 * them back that way: that means "keep what is stored". Sent without a stored value
 * it is a problem, or the mask itself would become the secret.
 */
export function keepStoredSecret(sent: unknown, stored: string | undefined, path: string): RestoredSecret {
  if (sent !== MASKED_SECRET) return { value: sent, problems: [] };
  if (stored === undefined) return { value: sent, problems: [{ field: path, problem: 'is masked but no value is stored' }] };
  return { value: stored, problems: [] };
}

/** The same for every value of a map whose values are secrets (webhook headers). */
export function keepStoredSecretValues(
  sent: unknown,
  stored: Record<string, string> | undefined,
  path: string,
): RestoredSecret {
  if (isAbsent(sent) || !isObject(sent)) return { value: sent, problems: [] };
  const problems: FieldProblem[] = [];
  // fromEntries defines own properties, so a `__proto__` key stays a plain key.
  const value = Object.fromEntries(
    Object.entries(sent).map(([key, item]) => {
      const storedValue = stored !== undefined && Object.hasOwn(stored, key) ? stored[key] : undefined;
      const restored = keepStoredSecret(item, storedValue, `${path}.${key}`);
      problems.push(...restored.problems);
      return [key, restored.value];
    }),
  );
  return { value, problems };
}

/** MASKED_SECRET in place of a set secret; an unset one stays unset. */
export function maskedIfSet(value: string | undefined): string | undefined {
  return value === undefined ? undefined : MASKED_SECRET;
}
