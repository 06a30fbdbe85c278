'use client';

import { formatMs, formatTime } from '../../lib/format/units';
import { useSlowQueries } from '../../lib/hooks/metrics';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';

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
          <div className="table-scroll">
            <table className="data-table stack-on-phone">
              <caption className="visually-hidden">Statements at or over {data.thresholdMs} ms, slowest first</caption>
              <thead>
                <tr>
                  <th scope="col">Statement</th>
                  <th scope="col" className="numeric">Max</th>
                  <th scope="col" className="numeric">Mean</th>
                  <th scope="col" className="numeric">Count</th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry) => (
                  <tr key={entry.statement}>
                    <td className="statement">{entry.statement}</td>
                    <td className="numeric" data-label="Max">{formatMs(entry.maxMs)}</td>
                    <td className="numeric" data-label="Mean">{formatMs(entry.meanMs)}</td>
                    <td className="numeric" data-label="Count">{entry.count}</td>
                    <td data-label="Last seen">{formatTime(entry.lastSeenAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted hint">Statements at or over {data.thresholdMs} ms on this instance, literals shown as ?.</p>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
