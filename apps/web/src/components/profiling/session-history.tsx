'use client';

import type { ProfilingSession } from '@vigil/types';
import { useApiClient } from '../../lib/api-client-context';
import { formatBytes, formatMs, formatTime } from '../../lib/format/units';
import { DataTable } from '../feedback/data-table';
import { ToneBadge } from '../feedback/status-badge';
import { PROFILE_TYPE_LABEL, SESSION_STATUS } from './profile-labels';

interface SessionHistoryProps {
  sessions: ProfilingSession[];
  selectedId: string | null;
  onAnalyse: (id: string) => void;
}

const COLUMNS = [
  { label: 'Kind' },
  { label: 'Status' },
  { label: 'Started' },
  { label: 'Duration', className: 'numeric' },
  { label: 'Size', className: 'numeric' },
  { label: 'Actions' },
] as const;

export function SessionHistory({ sessions, selectedId, onAnalyse }: SessionHistoryProps) {
  const client = useApiClient();
  const past = sessions.filter((session) => session.status !== 'running');
  if (past.length === 0) return <p className="muted">No profiles taken yet. Start one above.</p>;
  return (
    <DataTable caption="Past profiling sessions, newest first" columns={COLUMNS} testId="session-history">
      {past.map((session) => {
        const status = SESSION_STATUS[session.status];
        const canAnalyse = session.status === 'completed' && session.type !== 'heap-snapshot';
        return (
          <tr key={session.id} data-session-id={session.id}>
            <th scope="row">
              {PROFILE_TYPE_LABEL[session.type]}
              {session.label && <span className="component-message">{session.label}</span>}
              <span className="component-message">{session.instance}</span>
            </th>
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
