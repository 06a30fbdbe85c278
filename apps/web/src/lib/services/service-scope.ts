import type { ScrapeTarget } from '@vigil/types';

/** The query parameter that holds the picked service, so a reload or a shared link keeps it. */
export const SERVICE_PARAM = 'service';

/** Longer than any service name the API accepts; a hand-made URL beyond it is ignored. */
const MAX_SERVICE_LENGTH = 128;

/** The picked service of a query string, or '' for every service. */
export function serviceOf(search: Pick<URLSearchParams, 'get'> | null): string {
  const value = search?.get(SERVICE_PARAM)?.trim() ?? '';
  return value.length > MAX_SERVICE_LENGTH ? '' : value;
}

/** The query string (with its `?`, or '' when empty) with `service` set, or removed for every service; other parameters stay. */
export function searchWithService(search: string, service: string): string {
  const params = new URLSearchParams(search);
  if (service === '') params.delete(SERVICE_PARAM);
  else params.set(SERVICE_PARAM, service);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Every service with a scrape target, sorted: what the picker offers. */
export function servicesOfTargets(targets: readonly Pick<ScrapeTarget, 'service'>[]): string[] {
  return [...new Set(targets.map((target) => target.service))].sort();
}

/** The picker's options: a service picked in a link but without a target (yet, or any more) keeps its option, so the select shows it. */
export function serviceChoices(services: readonly string[], picked: string): string[] {
  return picked !== '' && !services.includes(picked) ? [picked, ...services] : [...services];
}

/**
 * Pages the picked service narrows today: the ones whose data carries a service (targets,
 * alert labels, remote profiling sessions). The others show everything and say so.
 */
const SCOPED_PATHS = ['/instances', '/alerts', '/profiling'] as const;

export function isServiceScoped(pathname: string): boolean {
  return SCOPED_PATHS.some((path) => pathname === path);
}
