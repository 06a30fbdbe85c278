import { HISTORY_DEFAULT_LIMIT, parseTime, type FieldProblem, type HealthHistoryParams } from '@vigil/types';
import type { z } from 'zod';

export const HISTORY_DEFAULT_RANGE_MS = 24 * 3_600_000;

export type HistoryParams = z.output<typeof HealthHistoryParams>;
export type UptimeParams = { component?: string; instance?: string };

export interface HistoryQuery {
  component?: string;
  instance?: string;
  from: Date;
  to: Date;
  limit: number;
}

/**
 * The range of a history query the schema accepted, against the clock: 24 hours
 * before `to` by default, and `from` strictly before `to`.
 */
export function historyQueryOf(params: HistoryParams, now: Date): { query?: HistoryQuery; problems: FieldProblem[] } {
  const to = params.to === undefined ? now.getTime() : (parseTime(params.to) ?? now.getTime());
  const from = params.from === undefined ? to - HISTORY_DEFAULT_RANGE_MS : (parseTime(params.from) ?? to);
  if (from >= to) return { problems: [{ field: 'to', problem: 'must be after from' }] };
  return {
    query: { component: params.component, instance: params.instance, from: new Date(from), to: new Date(to), limit: params.limit ?? HISTORY_DEFAULT_LIMIT },
    problems: [],
  };
}
