import { MAX_ALERT_PAGE_SIZE, type AlertListQuery, type AlertSummary, type Page } from '@vigil/types';

export interface AlertsShown {
  items: AlertSummary[];
  pages: number;
  /** True when the API holds more alerts of the view than were searched for the service. */
  truncated: boolean;
}

/**
 * The list's query. The API has no label filter, so with a service picked the page asks
 * for the biggest page the API gives and filters it itself (see {@link alertsShown}).
 */
export function alertQueryFor(base: Omit<AlertListQuery, 'page' | 'pageSize'>, page: number, pageSize: number, service: string): AlertListQuery {
  return service === '' ? { ...base, page, pageSize } : { ...base, page: 1, pageSize: MAX_ALERT_PAGE_SIZE };
}

/** One page of the answer: the API's own page, or with a service picked its alerts labelled `service=<it>`, paged here. */
export function alertsShown(result: Page<AlertSummary>, page: number, pageSize: number, service: string): AlertsShown {
  if (service === '') return { items: result.items, pages: Math.max(1, Math.ceil(result.total / pageSize)), truncated: false };
  const matching = result.items.filter((alert) => alert.labels.service === service);
  return {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    pages: Math.max(1, Math.ceil(matching.length / pageSize)),
    truncated: result.total > result.items.length,
  };
}
