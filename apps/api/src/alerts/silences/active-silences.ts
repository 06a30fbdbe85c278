import { compileMatchers, matchesAll, type CompiledMatcher } from './silence-matcher.js';
import type { SilenceRow } from './silence.repository.js';

/** The silences in force at one moment, compiled once, asked per alert. */
export class ActiveSilences {
  private readonly compiled: { id: string; matchers: CompiledMatcher[] }[];

  constructor(rows: readonly SilenceRow[]) {
    this.compiled = rows.map((row) => ({ id: row.id, matchers: compileMatchers(row.matchers) }));
  }

  /** Ids of the silences that match these labels. */
  silencing(labels: Record<string, string>): string[] {
    return this.compiled.filter((s) => matchesAll(s.matchers, labels)).map((s) => s.id);
  }

  isSilenced(labels: Record<string, string>): boolean {
    return this.compiled.some((s) => matchesAll(s.matchers, labels));
  }
}
