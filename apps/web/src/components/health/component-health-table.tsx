'use client';

import { UPTIME_WINDOWS, type ComponentUptime } from '@vigil/types';
import { formatMs, formatPercent, formatTime } from '../../lib/format/units';
import { useHealth, useHealthUptime } from '../../lib/hooks/health';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { StatusBadge } from '../feedback/status-badge';
import { StatusTimeline } from './status-timeline';

const COLUMNS = [
  { label: 'Component' },
  { label: 'Status' },
  { label: 'Response', className: 'numeric' },
  ...UPTIME_WINDOWS.map((window) => ({ label: `Uptime ${window}`, className: 'numeric' })),
  { label: 'Timeline', className: 'timeline-col' },
];

export function ComponentHealthTable() {
  const health = useHealth();
  const uptime = useHealthUptime();
  const uptimeByComponent = new Map<string, ComponentUptime>(
    (uptime.data?.components ?? []).map((item) => [item.component, item]),
  );
  return (
    <Panel title="Components" aside={<Freshness query={health} />}>
      <QueryState
        query={health}
        label="Component health"
        isEmpty={(report) => report.components.length === 0}
        empty={<p className="muted">The API reported no components.</p>}
      >
        {(report) => (
          <DataTable caption="Every component with its status, response time, uptime and timeline" columns={COLUMNS} testId="health-table">
            {report.components.map((component) => (
              <tr key={component.name}>
                <th scope="row">
                  <span className="mono">{component.name}</span>
                  {component.isCritical && <span className="tag">critical</span>}
                  {component.message && <span className="component-message">{component.message}</span>}
                  <span className="component-message">since {formatTime(component.since)}</span>
                </th>
                <td data-label="Status">
                  <StatusBadge status={component.status} />
                </td>
                <td className="numeric" data-label="Response">{formatMs(component.responseTimeMs)}</td>
                {UPTIME_WINDOWS.map((window) => {
                  const figure = uptimeByComponent.get(component.name)?.windows[window];
                  return (
                    <td key={window} className="numeric" data-label={`Uptime ${window}`} title={figure ? `${figure.availableChecks} of ${figure.checks} checks available` : undefined}>
                      {figure?.percent === null || figure === undefined ? '—' : formatPercent(figure.percent)}
                    </td>
                  );
                })}
                <td className="timeline-col" data-label="Timeline">
                  <StatusTimeline component={component.name} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Panel>
  );
}
