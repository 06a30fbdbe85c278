import { LABEL_NAME, parseDuration, parseTime, type FieldProblem, type MetricQueryFunction, type MetricQueryParams } from '@vigil/types';

/** `k=v,k2=v2` → matchers; undefined when malformed. */
export function parseMatchers(text: string): Record<string, string> | undefined {
  const matchers: Record<string, string> = {};
  for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).trim();
    if (eq <= 0 || !LABEL_NAME.test(key)) return undefined;
    matchers[key] = pair.slice(eq + 1).trim();
  }
  return matchers;
}

export interface MetricQuery {
  name: string;
  matchers: Record<string, string>;
  from: number;
  to: number;
  stepMs: number;
  fn: MetricQueryFunction;
}

export interface QueryLimits {
  now: number;
  maxPoints: number;
  minStepMs: number;
}

/**
 * Resolves a query the schema accepted against the clock and the instance's limits:
 * default range and step, `from` before `to`, points per series. Every problem names
 * its parameter.
 */
export function parseMetricQuery(
  params: MetricQueryParams,
  limits: QueryLimits,
): { query: MetricQuery; problems: [] } | { query?: undefined; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, text: string) => problems.push({ field, problem: text });
  const matchers = parseMatchers(params.labels ?? '');
  if (!matchers) problem('labels', 'must be key=value pairs separated by commas, keys matching [a-zA-Z_][a-zA-Z0-9_]*');
  const to = params.to === undefined ? limits.now : parseTime(params.to);
  if (to === undefined) problem('to', 'must be RFC 3339 or Unix milliseconds');
  const from = params.from === undefined ? (to ?? limits.now) - 3_600_000 : parseTime(params.from);
  if (from === undefined) problem('from', 'must be RFC 3339 or Unix milliseconds');
  if (from !== undefined && to !== undefined && from >= to) problem('to', 'must be after from');
  const fn = params.fn ?? 'avg';
  const range = from !== undefined && to !== undefined ? to - from : 0;
  let stepMs = params.step === undefined ? Math.max(limits.minStepMs, Math.ceil(range / 240)) : parseDuration(params.step);
  if (stepMs === undefined || stepMs <= 0) {
    problem('step', 'must be a positive duration like 15s, 1m, 1h or milliseconds');
    stepMs = undefined;
  } else if (range > 0 && Math.ceil(range / stepMs) > limits.maxPoints) {
    problem('step', `gives ${Math.ceil(range / stepMs)} points per series, above the limit of ${limits.maxPoints}: use a larger step`);
  }
  if (problems.length > 0 || !matchers || from === undefined || to === undefined || stepMs === undefined) {
    return { problems };
  }
  return { query: { name: params.name, matchers, from, to, stepMs, fn }, problems: [] };
}
