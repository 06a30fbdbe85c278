import { VIGIL_SERVICE } from '@vigil/types';

/**
 * Where a service's instances and metrics are in the stored history. Vigil's own
 * processes store `vigil_process_start_time_seconds` every collection, with no `service`
 * label; a scraped service's instances have `up` with their `service` label on every
 * scrape (1 or 0: an instance that is scraped at all is there), and every metric is
 * read with that label added to its matchers.
 */
export interface ServiceScope {
  presenceMetric: string;
  /** Added to the presence matchers and to every metric's. */
  matchers: Record<string, string>;
}

export const VIGIL_PRESENCE_METRIC = 'vigil_process_start_time_seconds';

export function scopeOf(service: string): ServiceScope {
  return service === VIGIL_SERVICE ? { presenceMetric: VIGIL_PRESENCE_METRIC, matchers: {} } : { presenceMetric: 'up', matchers: { service } };
}

/** A metric source read within the scope: the scope's matchers win over the source's own. */
export function scopedMatchers(matchers: Record<string, string>, scope: ServiceScope): Record<string, string> {
  return { ...matchers, ...scope.matchers };
}
