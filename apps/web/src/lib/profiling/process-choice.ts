import type { ProfilingSessionRequest, ScrapeTarget } from '@vigil/types';

/** The start form's value for the API's own process: the request then carries no `target`. */
export const THIS_API = '';

/**
 * The process the start form profiles. Until the person chooses (`chosen` null), it is the
 * picked service's first profilable instance, or this API; a chosen instance that has gone
 * (its agent stopped, or restarted as a new instance) falls back the same way.
 */
export function resolveProcess(chosen: string | null, profilable: readonly ScrapeTarget[], service: string): string {
  if (chosen === THIS_API || (chosen !== null && profilable.some((target) => target.id === chosen))) return chosen;
  return (service === '' ? undefined : profilable.find((target) => target.service === service)?.id) ?? THIS_API;
}

/** `target` is sent only for a watched service's process. */
export function targetOfRequest(process: string): Pick<ProfilingSessionRequest, 'target'> {
  return process === THIS_API ? {} : { target: process };
}
