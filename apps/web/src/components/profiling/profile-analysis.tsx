'use client';

import type { CpuProfileAnalysis, FunctionTime, HeapProfileAnalysis, ProfilingSession } from '@vigil/types';
import { formatBytes, formatMs, formatPercent, formatTime } from '../../lib/format/units';
import { useProfileAnalysis } from '../../lib/hooks/profiler';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { PROFILE_TYPE_LABEL } from './profile-labels';

function FunctionTable({ caption, rows }: { caption: string; rows: FunctionTime[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Location</th>
            <th scope="col" className="numeric">Time</th>
            <th scope="col" className="numeric">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.name}@${row.location}`}>
              <th scope="row" className="mono">{row.name || '(anonymous)'}</th>
              <td className="statement">{row.location || 'native'}</td>
              <td className="numeric">{formatMs(row.ms)}</td>
              <td className="numeric">{formatPercent(row.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
      <FunctionTable caption="Top functions by self time" rows={analysis.topSelf} />
      <FunctionTable caption="Top functions by total time" rows={analysis.topTotal} />
    </div>
  );
}

function HeapAnalysis({ analysis }: { analysis: HeapProfileAnalysis }) {
  return (
    <div className="stack-sm">
      <p>
        Sampled bytes still live at stop: <strong>{formatBytes(analysis.totalBytes)}</strong>
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="table-caption">Allocation sites holding the most memory</caption>
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">Location</th>
              <th scope="col" className="numeric">Bytes</th>
              <th scope="col" className="numeric">Share</th>
            </tr>
          </thead>
          <tbody>
            {analysis.topSites.map((site) => (
              <tr key={`${site.name}@${site.location}`}>
                <th scope="row" className="mono">{site.name || '(anonymous)'}</th>
                <td className="statement">{site.location || 'native'}</td>
                <td className="numeric">{formatBytes(site.bytes)}</td>
                <td className="numeric">{formatPercent(site.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ProfileAnalysisPanel({ session }: { session: ProfilingSession }) {
  const analysis = useProfileAnalysis(session.id);
  const name = `${PROFILE_TYPE_LABEL[session.type]}${session.label ? ` “${session.label}”` : ''}`;
  return (
    <Panel title={`Analysis of ${name}`} aside={<span className="muted">{formatTime(session.startedAt)}</span>}>
      <QueryState query={analysis} label="Profile analysis">
        {(result) => (result.kind === 'cpu' ? <CpuAnalysis analysis={result} /> : <HeapAnalysis analysis={result} />)}
      </QueryState>
    </Panel>
  );
}
