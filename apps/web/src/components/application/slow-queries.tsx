'use client';

import { formatMs, formatTime } from '../../lib/format/units';
import { useSlowQueries } from '../../lib/hooks/metrics';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';

const COLUMNS = [
  { label: 'Statement' },
  { label: 'Max', className: 'numeric' },
  { label: 'Mean', className: 'numeric' },
  { label: 'Count', className: 'numeric' },
  { label: 'Last seen' },
] as const;

export function SlowQueries() {
  const report = useSlowQueries();
  return (
    <Panel title="Slowest database queries" aside={<Freshness query={report} />}>
      <QueryState
        query={report}
        label="Slow queries"
        isEmpty={(data) => data.entries.length === 0}
        empty={<p className="all-clear">No query has taken {report.data?.thresholdMs ?? 200} ms or more on this instance.</p>}
      >
        {(data) => (
          <DataTable
            caption={`Statements at or over ${data.thresholdMs} ms, slowest first`}
            columns={COLUMNS}
            note={`Statements at or over ${data.thresholdMs} ms on this instance, literals shown as ?.`}
          >
            {data.entries.map((entry) => (
              <tr key={entry.statement}>
                <td className="statement">{entry.statement}</td>
                <td className="numeric" data-label="Max">{formatMs(entry.maxMs)}</td>
                <td className="numeric" data-label="Mean">{formatMs(entry.meanMs)}</td>
                <td className="numeric" data-label="Count">{entry.count}</td>
                <td data-label="Last seen">{formatTime(entry.lastSeenAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Panel>
  );
}
