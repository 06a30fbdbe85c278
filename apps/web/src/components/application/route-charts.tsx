'use client';

import { divideMatching, shareOf, sumBy } from '../../lib/series-math';
import { MetricChart } from '../charts/metric-chart';
import { ROUTE_KEYS, routeId, topSeries } from './route-key';

const SHOWN_ROUTES = 8;

export function RouteCharts() {
  return (
    <div className="chart-grid">
      <MetricChart
        title={`Request rate by route (top ${SHOWN_ROUTES})`}
        unit="requestsPerSecond"
        queries={[{ name: 'vigil_http_requests_total', fn: 'rate' }]}
        derive={([rate]) =>
          topSeries(sumBy(rate?.series ?? [], ROUTE_KEYS), SHOWN_ROUTES).map((item) => ({
            label: routeId(item.labels),
            points: item.points,
          }))
        }
      />
      <MetricChart
        title="Error rate (5xx share) by route"
        unit="ratio"
        queries={[
          { name: 'vigil_http_requests_total', fn: 'rate', labels: 'status_class=5xx' },
          { name: 'vigil_http_requests_total', fn: 'rate' },
        ]}
        derive={([failed, all]) => {
          // Every route with traffic gets a line; one without 5xx series reads 0 %, not "no data".
          const failures = new Map(sumBy(failed?.series ?? [], ROUTE_KEYS).map((item) => [routeId(item.labels), item.points]));
          const shares = sumBy(all?.series ?? [], ROUTE_KEYS).map((item) => ({
            labels: item.labels,
            points: shareOf(failures.get(routeId(item.labels)) ?? [], item.points),
          }));
          return topSeries(shares, SHOWN_ROUTES).map((item) => ({ label: routeId(item.labels), points: item.points }));
        }}
      />
      <MetricChart
        title={`p95 latency by route (slowest ${SHOWN_ROUTES})`}
        unit="seconds"
        queries={[{ name: 'vigil_http_request_duration_seconds', fn: 'p95' }]}
        derive={([p95]) =>
          topSeries(p95?.series ?? [], SHOWN_ROUTES).map((item) => ({
            label: `${routeId(item.labels)}${item.labels.instance ? ` · ${item.labels.instance}` : ''}`,
            points: item.points,
          }))
        }
      />
      <MetricChart
        title="Cache hit ratio"
        unit="ratio"
        queries={[
          { name: 'vigil_cache_hits_total', fn: 'rate' },
          { name: 'vigil_cache_misses_total', fn: 'rate' },
        ]}
        derive={([hits, misses]) => {
          const hitSeries = sumBy(hits?.series ?? [], ['store']);
          const lookups = sumBy([...(hits?.series ?? []), ...(misses?.series ?? [])], ['store']);
          return divideMatching(hitSeries, lookups, ['store']).map((item) => ({
            label: item.labels.store || 'cache',
            points: item.points,
          }));
        }}
      />
    </div>
  );
}
