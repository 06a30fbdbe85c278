export type SqlOperation = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'OTHER';

const OPERATIONS = new Set<SqlOperation>(['SELECT', 'INSERT', 'UPDATE', 'DELETE']);

/** The statement kind from its first keyword; CTEs, DDL and transaction control are OTHER. */
export function operationOf(query: string): SqlOperation {
  const keyword = /^[\s(]*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase();
  return keyword !== undefined && OPERATIONS.has(keyword as SqlOperation) ? (keyword as SqlOperation) : 'OTHER';
}

/** Quoted identifiers are kept; string literals, numbers and `$n` parameters become `?`. */
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\$\d+|\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g;

/** Longest statement kept; the rest of a huge generated statement adds memory, not insight. */
export const MAX_STATEMENT_LENGTH = 2_000;

/**
 * One text per statement shape, so `WHERE id = 7` and `WHERE id = 8` (or `$1`) are one
 * slow-query entry: literals and parameters become `?`, lists of them collapse to one
 * (`IN (?, ?, ?)` → `IN (?)`, multi-row `VALUES` → one row), whitespace collapses.
 */
export function normaliseSql(query: string): string {
  const normalised = query
    .replace(TOKENS, (token) => (token.startsWith('"') ? token : '?'))
    .replace(/\s+/g, ' ')
    .replace(/\?(?:\s*,\s*\?)+/g, '?')
    .replace(/\(\s*\?\s*\)(?:\s*,\s*\(\s*\?\s*\))+/g, '(?)')
    .trim();
  return normalised.length > MAX_STATEMENT_LENGTH ? `${normalised.slice(0, MAX_STATEMENT_LENGTH)}…` : normalised;
}
