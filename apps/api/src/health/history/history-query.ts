import type { FieldProblem, HealthHistoryParams, HealthUptimeParams } from '@vigil/types';

export const HISTORY_DEFAULT_LIMIT = 1_000;
export const HISTORY_MAX_LIMIT = 5_000;
export const HISTORY_DEFAULT_RANGE_MS = 24 * 3_600_000;
const COMPONENT = /^[a-z0-9][a-z0-9:._-]{0,63}$/;
const HISTORY_KEYS = new Set(['component', 'instance', 'from', 'to', 'limit']);
const UPTIME_KEYS = new Set(['component', 'instance']);

export interface HistoryQuery {
  component?: string;
  instance?: string;
  from: Date;
  to: Date;
  limit: number;
}

export type Parsed<T> = { query: T; problems: [] } | { query?: undefined; problems: FieldProblem[] };

/** RFC 3339 or Unix milliseconds. */
function parseTime(text: string): number | undefined {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Checks that each parameter is known, given once, and that names look like names. */
function filterProblems(params: Record<string, unknown>, known: Set<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (!known.has(key)) problems.push({ field: key, problem: 'is not a known parameter' });
    else if (typeof value !== 'string') problems.push({ field: key, problem: 'must be given once' });
  }
  const { component, instance } = params;
  if (typeof component === 'string' && !COMPONENT.test(component)) {
    problems.push({ field: 'component', problem: 'must be a component name such as database or http:payments' });
  }
  if (typeof instance === 'string' && (instance.length === 0 || instance.length > 128)) {
    problems.push({ field: 'instance', problem: 'must be 1 to 128 characters' });
  }
  return problems;
}

export function parseHistoryQuery(params: HealthHistoryParams, now: Date): Parsed<HistoryQuery> {
  const raw = params as Record<string, unknown>;
  const problems = filterProblems(raw, HISTORY_KEYS);
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  const toText = text('to');
  const fromText = text('from');
  const to = toText === undefined ? now.getTime() : parseTime(toText);
  if (to === undefined) problems.push({ field: 'to', problem: 'must be RFC 3339 or Unix milliseconds' });
  const from = fromText === undefined ? (to ?? now.getTime()) - HISTORY_DEFAULT_RANGE_MS : parseTime(fromText);
  if (from === undefined) problems.push({ field: 'from', problem: 'must be RFC 3339 or Unix milliseconds' });
  if (from !== undefined && to !== undefined && from >= to) problems.push({ field: 'to', problem: 'must be after from' });
  const limitText = text('limit');
  const limit = limitText === undefined ? HISTORY_DEFAULT_LIMIT : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '1') || limit < 1 || limit > HISTORY_MAX_LIMIT) {
    problems.push({ field: 'limit', problem: `must be an integer from 1 to ${HISTORY_MAX_LIMIT}` });
  }
  if (problems.length > 0 || from === undefined || to === undefined) return { problems };
  return {
    query: { component: text('component'), instance: text('instance'), from: new Date(from), to: new Date(to), limit },
    problems: [],
  };
}

export function parseUptimeQuery(params: HealthUptimeParams): Parsed<{ component?: string; instance?: string }> {
  const raw = params as Record<string, unknown>;
  const problems = filterProblems(raw, UPTIME_KEYS);
  if (problems.length > 0) return { problems };
  return { query: { component: params.component, instance: params.instance }, problems: [] };
}
