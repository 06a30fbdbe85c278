'use client';

import type { MetricQueryResult, MetricSeries } from '@vigil/types';
import { formatValue } from '../../lib/format/units';
import { combineQueries } from '../../lib/combine-queries';
import { useMetricQueries } from '../../lib/hooks/metrics';
import { latestValue, sumBy } from '../../lib/series-math';
import { useTimeRange } from '../charts/time-range-context';
import { DataTable } from '../feedback/data-table';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { Freshness } from '../feedback/freshness';
import { ROUTE_KEYS, routeId } from './route-key';

interface RouteRow {
  id: string;
  rate: number | null;
  errorShare: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

function latestBy(series: readonly MetricSeries[]): Map<string, number | null> {
  return new Map(sumBy(series, ROUTE_KEYS).map((item) => [routeId(item.labels), latestValue(item.points)]));
}

/** Quantiles per route do not add across instances; the worst instance's is shown. */
function worstBy(series: readonly MetricSeries[]): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const item of series) {
    const id = routeId(item.labels);
    const value = latestValue(item.points);
    const current = result.get(id);
    if (current === undefined || current === null || (value !== null && value > current)) result.set(id, value);
  }
  return result;
}

function rows([rate, failed, p50, p95, p99]: MetricQueryResult[]): RouteRow[] {
  const rates = latestBy(rate?.series ?? []);
  const failures = latestBy(failed?.series ?? []);
  const [q50, q95, q99] = [p50, p95, p99].map((result) => worstBy(result?.series ?? []));
  return [...rates.entries()]
    .map(([id, value]) => ({
      id,
      rate: value,
      errorShare: value ? (failures.get(id) ?? 0) / value : null,
      p50: q50?.get(id) ?? null,
      p95: q95?.get(id) ?? null,
      p99: q99?.get(id) ?? null,
    }))
    .sort((a, b) => (b.p95 ?? -1) - (a.p95 ?? -1));
}

const COLUMNS = [
  { label: 'Route' },
  { label: 'Rate', className: 'numeric' },
  { label: 'Errors', className: 'numeric' },
  { label: 'p50', className: 'numeric' },
  { label: 'p95', className: 'numeric' },
  { label: 'p99', className: 'numeric' },
] as const;

/** Latest figures per route: the table to scan for the one that hurts. */
export function RouteTable() {
  const { range } = useTimeRange();
  const queries = useMetricQueries([
    { name: 'vigil_http_requests_total', fn: 'rate', range },
    { name: 'vigil_http_requests_total', fn: 'rate', labels: 'status_class=5xx', range },
    { name: 'vigil_http_request_duration_seconds', fn: 'p50', range },
    { name: 'vigil_http_request_duration_seconds', fn: 'p95', range },
    { name: 'vigil_http_request_duration_seconds', fn: 'p99', range },
  ]);
  const combined = combineQueries(queries);
  return (
    <Panel title="Routes" aside={<Freshness query={combined} />}>
      <QueryState
        query={combined}
        label="Route figures"
        isEmpty={(data) => (data[0]?.series.length ?? 0) === 0}
        empty={<p className="muted">No requests recorded in this range.</p>}
      >
        {(data) => {
          // Routes that served nothing in the range only push the busy ones down.
          const all = rows(data);
          const active = all.filter((row) => (row.rate ?? 0) > 0 || row.p95 !== null);
          return (
            <DataTable
              caption="Latest figures per route, slowest p95 first"
              columns={COLUMNS}
              testId="route-table"
              note={all.length > active.length && `${all.length - active.length} routes without requests in this range are not shown.`}
            >
              {active.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="mono">{row.id}</th>
                  <td className="numeric" data-label="Rate">{formatValue('requestsPerSecond', row.rate)}</td>
                  <td className="numeric" data-label="Errors">{formatValue('ratio', row.errorShare)}</td>
                  <td className="numeric" data-label="p50">{formatValue('seconds', row.p50)}</td>
                  <td className="numeric" data-label="p95">{formatValue('seconds', row.p95)}</td>
                  <td className="numeric" data-label="p99">{formatValue('seconds', row.p99)}</td>
                </tr>
              ))}
            </DataTable>
          );
        }}
      </QueryState>
    </Panel>
  );
}
