'use client';

import { formatBytes, formatDuration, formatMs, formatPercent } from '../../lib/format/units';
import { useSystemSnapshot } from '../../lib/hooks/metrics';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';

const DISK_COLUMNS = [
  { label: 'Mount' },
  { label: 'Used', className: 'numeric' },
  { label: 'Free', className: 'numeric' },
  { label: 'Size', className: 'numeric' },
] as const;

/** What this instance measures right now, before any history is stored. */
export function SystemSnapshot() {
  const snapshot = useSystemSnapshot();
  return (
    <Panel title="Now" aside={<Freshness query={snapshot} />}>
      <QueryState query={snapshot} label="Current system figures">
        {(now) => (
          <div className="stack-sm">
            <dl className="figures">
              <div>
                <dt>CPU</dt>
                <dd>{formatPercent(now.cpu.utilisationPercent)}</dd>
              </div>
              <div>
                <dt>Load (1/5/15 min)</dt>
                <dd>
                  {now.load.one.toFixed(2)} / {now.load.five.toFixed(2)} / {now.load.fifteen.toFixed(2)}
                </dd>
              </div>
              <div>
                <dt>Memory</dt>
                <dd>
                  {formatBytes(now.memory.usedBytes)} of {formatBytes(now.memory.totalBytes)}
                </dd>
              </div>
              <div>
                <dt>Event-loop p99</dt>
                <dd>{formatMs(now.process.eventLoopDelayMs.p99)}</dd>
              </div>
              <div>
                <dt>Heap</dt>
                <dd>
                  {formatBytes(now.process.heapUsedBytes)} of {formatBytes(now.process.heapTotalBytes)}
                </dd>
              </div>
              <div>
                <dt>Host uptime</dt>
                <dd>{formatDuration(now.uptimeSeconds)}</dd>
              </div>
            </dl>
            <DataTable caption="Disks" columns={DISK_COLUMNS} stackOnPhone={false}>
              {now.disks.map((disk) => (
                <tr key={disk.mount}>
                  <th scope="row" className="mono">{disk.mount}</th>
                  <td className="numeric">{formatPercent(disk.usedPercent)}</td>
                  <td className="numeric">{formatBytes(disk.freeBytes)}</td>
                  <td className="numeric">{formatBytes(disk.totalBytes)}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
