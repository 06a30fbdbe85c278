import { RE2JS, RE2JSException } from 're2js';

/**
 * Label regexes with Alertmanager's semantics: RE2 syntax (Go's regexp), matched in
 * time linear in the input, and anchored at both ends. A JavaScript RegExp backtracks:
 * `(a+)+$` against forty `a`s and a `!` would hold the event loop for hours.
 */
export interface LabelRegex {
  matches(value: string): boolean;
}

/** The compiled matcher for `pattern`; throws with RE2's reason when RE2 refuses it. */
export function compileLabelRegex(pattern: string): LabelRegex {
  const compiled = RE2JS.compile(`^(?:${pattern})$`);
  return { matches: (value) => compiled.matches(value) };
}

/** Why RE2 refuses `pattern` (backreferences, lookarounds, repeats over 1000, …), or undefined. */
export function labelRegexProblem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof RE2JSException) return error.message.replace(/^error parsing regexp: /, '');
    throw error;
  }
}
