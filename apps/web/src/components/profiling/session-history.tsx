'use client';

import type { ProfilingSession } from '@vigil/types';
import { useApiClient } from '../../lib/api-client-context';
import { formatBytes, formatMs, formatTime } from '../../lib/format/units';
import { sessionProcessLabel } from '../../lib/profiling/process-labels';
import { DataTable } from '../feedback/data-table';
import { ToneBadge } from '../feedback/status-badge';
import { PROFILE_TYPE_LABEL, SESSION_STATUS } from './profile-labels';

interface SessionHistoryProps {
  sessions: ProfilingSession[];
  selectedId: string | null;
  onAnalyse: (id: string) => void;
  /** Said when nothing is left: none taken yet, or none matching the filters. */
  emptyText: string;
  /** A muted line under the table, e.g. how much of the history a filter searched. */
  note?: string;
}

const COLUMNS = [
  { label: 'Kind' },
  { label: 'Process' },
  { label: 'Status' },
  { label: 'Started' },
  { label: 'Duration', className: 'numeric' },
  { label: 'Size', className: 'numeric' },
  { label: 'Actions' },
] as const;

export function SessionHistory({ sessions, selectedId, onAnalyse, emptyText, note }: SessionHistoryProps) {
  const client = useApiClient();
  const past = sessions.filter((session) => session.status !== 'running');
  if (past.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <DataTable caption="Past profiling sessions, newest first" columns={COLUMNS} testId="session-history" note={note}>
      {past.map((session) => {
        const status = SESSION_STATUS[session.status];
        const canAnalyse = session.status === 'completed' && session.type !== 'heap-snapshot';
        return (
          <tr key={session.id} data-session-id={session.id}>
            <th scope="row">
              {PROFILE_TYPE_LABEL[session.type]}
              {session.label && <span className="component-message">{session.label}</span>}
            </th>
            <td
              className="mono"
              data-label="Process"
              data-testid="session-process"
              // A remote profile is driven, and its artifact kept, by one API instance: worth a tooltip, not a column.
              title={session.target ? `through API ${session.instance}` : undefined}
            >
              {sessionProcessLabel(session)}
            </td>
            <td data-label="Status">
              <ToneBadge tone={status.tone} label={status.label} />
              {session.reason && <span className="component-message">{session.reason}</span>}
            </td>
            <td data-label="Started">{formatTime(session.startedAt)}</td>
            <td className="numeric" data-label="Duration">{formatMs(session.durationMs)}</td>
            <td className="numeric" data-label="Size">{session.artifact ? formatBytes(session.artifact.bytes) : '—'}</td>
            <td>
              <div className="row-actions">
                {session.artifact && session.status === 'completed' && (
                  <a className="button button-small" href={client.profiler.artifactUrl(session.id)} download={session.artifact.fileName}>
                    Download<span className="visually-hidden"> {session.artifact.fileName}</span>
                  </a>
                )}
                {canAnalyse && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-pressed={selectedId === session.id}
                    onClick={() => onAnalyse(session.id)}
                  >
                    Analyse
                  </button>
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
