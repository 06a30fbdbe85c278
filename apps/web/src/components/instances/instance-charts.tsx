'use client';

import type { ScrapeTarget } from '@vigil/types';
import { instanceMatchers } from '../../lib/targets/instance-matchers';
import { combineSeries, seriesName } from '../../lib/series-math';
import { topSeries } from '../application/route-key';
import { MetricChart } from '../charts/metric-chart';

const HEIGHT = 160;
const SHOWN_ROUTES = 5;
const ROUTE_LABELS = ['http_request_method', 'http_route', 'http_response_status_code'] as const;

/**
 * This instance's history, from the series each scrape stores with its `service` and
 * `instance` labels: the scrape's own gauges, then the standard process and HTTP metrics
 * (charts of metrics the service does not expose say they have no samples).
 */
export function InstanceCharts({ target }: { target: Pick<ScrapeTarget, 'service' | 'instance'> }) {
  const labels = instanceMatchers(target);
  return (
    <div className="chart-grid chart-grid-small" data-testid="instance-charts">
      <MetricChart
        title="Up (1 = scrape succeeded)"
        unit="count"
        height={HEIGHT}
        // The worst scrape of each step: one failure in it shows.
        queries={[{ name: 'up', fn: 'min', labels }]}
        derive={([up]) => [{ label: 'up', points: combineSeries(up?.series ?? [], 'mean') }]}
      />
      <MetricChart
        title="Scrape duration"
        unit="seconds"
        height={HEIGHT}
        queries={[{ name: 'scrape_duration_seconds', fn: 'max', labels }]}
        derive={([duration]) => [{ label: 'duration', points: combineSeries(duration?.series ?? [], 'max') }]}
      />
      <MetricChart
        title="Memory (RSS)"
        unit="bytes"
        height={HEIGHT}
        queries={[{ name: 'process_resident_memory_bytes', labels }]}
        derive={([rss]) => [{ label: 'RSS', points: combineSeries(rss?.series ?? [], 'sum') }]}
      />
      <MetricChart
        title="CPU (share of one core)"
        unit="ratio"
        height={HEIGHT}
        queries={[{ name: 'process_cpu_seconds_total', fn: 'rate', labels }]}
        derive={([cpu]) => [{ label: 'CPU', points: combineSeries(cpu?.series ?? [], 'sum') }]}
      />
      <MetricChart
        title="Request rate"
        unit="requestsPerSecond"
        height={HEIGHT}
        // The histogram's count: its rate is requests per second.
        queries={[{ name: 'http_server_request_duration_seconds', fn: 'rate', labels }]}
        derive={([requests]) => [{ label: 'requests', points: combineSeries(requests?.series ?? [], 'sum') }]}
      />
      <MetricChart
        title={`p95 latency (slowest ${SHOWN_ROUTES} routes)`}
        unit="seconds"
        height={HEIGHT}
        queries={[{ name: 'http_server_request_duration_seconds', fn: 'p95', labels }]}
        derive={([p95]) =>
          topSeries(p95?.series ?? [], SHOWN_ROUTES).map((item) => ({ label: seriesName(item.labels, ROUTE_LABELS), points: item.points }))
        }
      />
    </div>
  );
}
