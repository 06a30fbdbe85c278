import type { ScrapeTarget } from '@vigil/types';

/**
 * The `labels` of `/metrics/query` for one target's series: `service=…,instance=…`, the
 * labels each scrape sets. The query API splits matchers at commas and has no escape, so
 * a value holding one cannot be matched exactly: it is left out (the other still narrows).
 */
export function instanceMatchers(target: Pick<ScrapeTarget, 'service' | 'instance'>): string {
  return Object.entries({ service: target.service, instance: target.instance })
    .filter(([, value]) => !value.includes(','))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}
