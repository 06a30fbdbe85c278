'use client';

import type { MetricSeries } from '@vigil/types';
import { useMetricQuery } from '../../lib/hooks/metrics';
import { formatValue } from '../../lib/format/units';
import { latestValue } from '../../lib/series-math';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ToneBadge } from '../feedback/status-badge';

/** An instance whose newest sample is older than this has stopped reporting. */
const SILENT_AFTER_MS = 2 * 60_000;

function byInstance(series: MetricSeries[] | undefined): Map<string, MetricSeries> {
  return new Map((series ?? []).map((item) => [item.labels.instance ?? 'unknown', item]));
}

const COLUMNS = [
  { label: 'Instance' },
  { label: 'State' },
  { label: 'CPU', className: 'numeric' },
  { label: 'Memory (RSS)', className: 'numeric' },
  { label: 'Last sample' },
] as const;

/** Every replica that stored samples in the last 15 minutes, from the series' `instance` label. */
export function InstancesTable() {
  const cpu = useMetricQuery({ name: 'vigil_system_cpu_utilisation_ratio', range: '15m' });
  const rss = useMetricQuery({ name: 'vigil_process_resident_memory_bytes', range: '15m' });
  const rssByInstance = byInstance(rss.data?.series);
  return (
    <Panel title="Instances" aside={<Freshness query={cpu} />}>
      <QueryState
        query={cpu}
        label="Instances"
        isEmpty={(result) => result.series.length === 0}
        empty={<p className="muted">No instance has stored samples in the last 15 minutes.</p>}
      >
        {(result) => (
          <DataTable caption="Instances reporting metrics" columns={COLUMNS} testId="instances-table">
            {[...byInstance(result.series)].map(([instance, series]) => {
              const lastAt = series.points.at(-1)?.[0] ?? 0;
              const isSilent = result.to - lastAt > SILENT_AFTER_MS;
              return (
                <tr key={instance}>
                  <th scope="row" className="mono">{instance}</th>
                  <td data-label="State">{isSilent ? <ToneBadge tone="bad" label="Silent" /> : <ToneBadge tone="ok" label="Reporting" />}</td>
                  <td className="numeric" data-label="CPU">{formatValue('ratio', latestValue(series.points))}</td>
                  <td className="numeric" data-label="Memory (RSS)">{formatValue('bytes', latestValue(rssByInstance.get(instance)?.points))}</td>
                  <td data-label="Last sample">{lastAt > 0 ? new Date(lastAt).toLocaleTimeString() : '—'}</td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </QueryState>
    </Panel>
  );
}
