'use client';

import type { CpuProfileAnalysis, FunctionTime, HeapProfileAnalysis, ProfileFrame, ProfilingSession } from '@vigil/types';
import { formatBytes, formatMs, formatPercent, formatTime } from '../../lib/format/units';
import { useProfileAnalysis } from '../../lib/hooks/profiler';
import { sessionProcessLabel } from '../../lib/profiling/process-labels';
import { DataTable } from '../feedback/data-table';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { PROFILE_TYPE_LABEL } from './profile-labels';

type FrameRow = ProfileFrame & { percent: number };

/** CPU time and retained bytes read alike: which function, where, how much, what share. */
function FrameTable<T extends FrameRow>({
  caption,
  amountLabel,
  amount,
  rows,
}: {
  caption: string;
  amountLabel: string;
  amount: (row: T) => string;
  rows: readonly T[];
}) {
  const columns = [
    { label: 'Function' },
    { label: 'Location' },
    { label: amountLabel, className: 'numeric' },
    { label: 'Share', className: 'numeric' },
  ];
  return (
    <DataTable caption={caption} showCaption columns={columns} stackOnPhone={false}>
      {rows.map((row) => (
        <tr key={`${row.name}@${row.location}`}>
          <th scope="row" className="mono">{row.name || '(anonymous)'}</th>
          <td className="statement">{row.location || 'native'}</td>
          <td className="numeric">{amount(row)}</td>
          <td className="numeric">{formatPercent(row.percent)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const timeOf = (row: FunctionTime) => formatMs(row.ms);

function CpuAnalysis({ analysis }: { analysis: CpuProfileAnalysis }) {
  const { breakdown } = analysis;
  return (
    <div className="stack">
      <dl className="figures" data-testid="cpu-breakdown">
        <div>
          <dt>Profiled</dt>
          <dd>{formatMs(breakdown.totalMs)}</dd>
        </div>
        <div>
          <dt>JavaScript</dt>
          <dd>{formatPercent(breakdown.javascript.percent)}</dd>
        </div>
        <div>
          <dt>Garbage collection</dt>
          <dd>{formatPercent(breakdown.gc.percent)}</dd>
        </div>
        <div>
          <dt>Idle</dt>
          <dd>{formatPercent(breakdown.idle.percent)}</dd>
        </div>
        <div>
          <dt>Native (program)</dt>
          <dd>{formatPercent(breakdown.program.percent)}</dd>
        </div>
        <div>
          <dt>Samples</dt>
          <dd>{analysis.sampleCount}</dd>
        </div>
      </dl>
      <FrameTable caption="Top functions by self time" amountLabel="Time" amount={timeOf} rows={analysis.topSelf} />
      <FrameTable caption="Top functions by total time" amountLabel="Time" amount={timeOf} rows={analysis.topTotal} />
    </div>
  );
}

function HeapAnalysis({ analysis }: { analysis: HeapProfileAnalysis }) {
  return (
    <div className="stack-sm">
      <p>
        Sampled bytes still live at stop: <strong>{formatBytes(analysis.totalBytes)}</strong>
      </p>
      <FrameTable
        caption="Allocation sites holding the most memory"
        amountLabel="Bytes"
        amount={(site) => formatBytes(site.bytes)}
        rows={analysis.topSites}
      />
    </div>
  );
}

export function ProfileAnalysisPanel({ session }: { session: ProfilingSession }) {
  const analysis = useProfileAnalysis(session.id);
  const name = `${PROFILE_TYPE_LABEL[session.type]}${session.label ? ` “${session.label}”` : ''}`;
  return (
    <Panel title={`Analysis of ${name}`} aside={<span className="muted">{`${sessionProcessLabel(session)} · ${formatTime(session.startedAt)}`}</span>}>
      <QueryState query={analysis} label="Profile analysis">
        {(result) => (result.kind === 'cpu' ? <CpuAnalysis analysis={result} /> : <HeapAnalysis analysis={result} />)}
      </QueryState>
    </Panel>
  );
}
