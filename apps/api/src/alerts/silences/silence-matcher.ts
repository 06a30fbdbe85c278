import type { SilenceMatcher } from '@vigil/types';
import type { z } from 'zod';

/** A silence matcher compiled once: regexes are anchored, as Alertmanager's are. */
export interface CompiledMatcher {
  name: string;
  test: (value: string) => boolean;
}

/** Takes matchers as sent, too: a missing `isEqual` means equal. */
export function compileMatchers(matchers: readonly z.input<typeof SilenceMatcher>[]): CompiledMatcher[] {
  return matchers.map((m) => {
    const isEqual = m.isEqual ?? true;
    const pattern = m.isRegex ? new RegExp(`^(?:${m.value})$`) : null;
    const hit = (value: string) => (pattern ? pattern.test(value) : value === m.value);
    return { name: m.name, test: (value: string) => hit(value) === isEqual };
  });
}

/** Every matcher must hold; a missing label counts as the empty string (Alertmanager's rule). */
export function matchesAll(compiled: readonly CompiledMatcher[], labels: Record<string, string>): boolean {
  return compiled.every((m) => m.test(labels[m.name] ?? ''));
}
