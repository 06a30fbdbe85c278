import type { MetricSeries } from '@vigil/types';
import { UNMATCHED_ROUTE } from '@vigil/types';

export const ROUTE_KEYS = ['method', 'route'] as const;

export function routeId(labels: Record<string, string>): string {
  return `${labels.method ?? ''} ${labels.route ?? ''}`.trim();
}

/** The monitoring page's own polling would otherwise top every list. */
export function isProbeOrUnmatched(series: MetricSeries): boolean {
  const route = series.labels.route ?? '';
  return route === UNMATCHED_ROUTE || route.startsWith('/health/');
}

/** Routes by mean value over the range, largest first, at most `limit`. */
export function topSeries(series: readonly MetricSeries[], limit: number): MetricSeries[] {
  const mean = (item: MetricSeries) =>
    item.points.length === 0 ? 0 : item.points.reduce((sum, [, value]) => sum + value, 0) / item.points.length;
  return [...series].sort((a, b) => mean(b) - mean(a)).slice(0, limit);
}
