import type { ProfilingSession, ProfilingSessionQuery, ScrapeTarget } from '@vigil/types';
import { targetLabel } from './process-labels';

/** Values of the sessions list's process filter besides a target's id. */
export const ALL_PROCESSES = '';
export const API_PROCESS = 'api';

/** The newest sessions read without a filter, and the most the API lists at once (what a filter the API lacks searches). */
export const SESSION_PAGE = 20;
export const SEARCHED_SESSIONS = 100;

export interface ProcessOption {
  value: string;
  label: string;
}

export interface SessionListPlan {
  query: ProfilingSessionQuery;
  /** What the page keeps of the answer, for the filters the API has no parameter for. */
  keep: (session: ProfilingSession) => boolean;
  /** How many of the newest sessions were searched when the page filters itself; null when the API filtered. */
  searched: number | null;
}

/**
 * The API filters by one target (`?target=`); a service may have many (every restart of an
 * agent is a new instance), and the API's own sessions are those without a target, so
 * those two are filtered here, over the newest {@link SEARCHED_SESSIONS}.
 */
export function sessionListPlan(process: string, service: string): SessionListPlan {
  const byPage = service !== '' || process === API_PROCESS;
  const target = process !== ALL_PROCESSES && process !== API_PROCESS ? process : undefined;
  return {
    query: { limit: byPage ? SEARCHED_SESSIONS : SESSION_PAGE, ...(target ? { target } : {}) },
    keep: (session) =>
      (service === '' || session.target?.service === service) && (process !== API_PROCESS || session.target === null),
    searched: byPage ? SEARCHED_SESSIONS : null,
  };
}

/**
 * The filter's choices besides "all": the API's own process (unless a service is picked,
 * which the API is not), then every target that can be profiled or was, of the picked
 * service, so a stopped instance's old profiles stay findable.
 */
export function processFilterOptions(
  profilable: readonly ScrapeTarget[],
  sessions: readonly ProfilingSession[],
  service: string,
): ProcessOption[] {
  const targets = new Map<string, ProcessOption & { service: string }>();
  for (const target of [...profilable, ...sessions.flatMap((session) => (session.target ? [session.target] : []))]) {
    if (!targets.has(target.id)) targets.set(target.id, { value: target.id, label: targetLabel(target), service: target.service });
  }
  const ofService = [...targets.values()]
    .filter((option) => service === '' || option.service === service)
    .sort((a, b) => a.label.localeCompare(b.label))
    .map(({ value, label }) => ({ value, label }));
  return service === '' ? [{ value: API_PROCESS, label: "the API's own process" }, ...ofService] : ofService;
}

/** A chosen process the options no longer hold (another service was picked) falls back to all. */
export function effectiveProcess(chosen: string, options: readonly ProcessOption[]): string {
  return options.some((option) => option.value === chosen) ? chosen : ALL_PROCESSES;
}
