import type { ProfilingSession, ProfilingTarget, ScrapeTarget } from '@vigil/types';

/** A watched service's process as the page names it everywhere: `service · instance`. */
export function targetLabel(target: Pick<ScrapeTarget | ProfilingTarget, 'service' | 'instance'>): string {
  return `${target.service} · ${target.instance}`;
}

/** The start form's default choice; the instance is unknown until the runtime figures load. */
export function apiProcessLabel(instance: string | undefined): string {
  return instance ? `this API (${instance})` : 'this API';
}

/** Where a session's profile was taken: the watched service's process, or the API instance's own. */
export function sessionProcessLabel(session: Pick<ProfilingSession, 'instance' | 'target'>): string {
  return session.target ? targetLabel(session.target) : `API ${session.instance}`;
}

/** Targets whose agent exposes its profiler control endpoints, by service then instance. */
export function profilableTargets(targets: readonly ScrapeTarget[]): ScrapeTarget[] {
  return targets
    .filter((target) => typeof target.agent?.controlUrl === 'string')
    .sort((a, b) => a.service.localeCompare(b.service) || a.instance.localeCompare(b.instance));
}
