import { compileLabelRegex, type LabelRegex, type SilenceMatcher } from '@vigil/types';
import type { z } from 'zod';

/** A silence matcher compiled once: regexes are RE2 and anchored, as Alertmanager's are. */
export interface CompiledMatcher {
  name: string;
  test: (value: string) => boolean;
}

/** Takes matchers as sent, too: a missing `isEqual` means equal. */
export function compileMatchers(matchers: readonly z.input<typeof SilenceMatcher>[]): CompiledMatcher[] {
  return matchers.map((m) => {
    const isEqual = m.isEqual ?? true;
    const pattern = m.isRegex ? storedRegex(m.value) : null;
    const hit = (value: string) => (pattern ? pattern.matches(value) : value === m.value);
    return { name: m.name, test: (value: string) => hit(value) === isEqual };
  });
}

/**
 * Silences stored before matching moved to RE2 may hold a JavaScript-only pattern
 * (a lookahead, a backreference); such a matcher matches nothing rather than failing
 * every evaluation. New silences are refused with RE2's reason at the edge.
 */
function storedRegex(pattern: string): LabelRegex {
  try {
    return compileLabelRegex(pattern);
  } catch {
    return { matches: () => false };
  }
}

/** Every matcher must hold; a missing label counts as the empty string (Alertmanager's rule). */
export function matchesAll(compiled: readonly CompiledMatcher[], labels: Record<string, string>): boolean {
  return compiled.every((m) => m.test(labels[m.name] ?? ''));
}
