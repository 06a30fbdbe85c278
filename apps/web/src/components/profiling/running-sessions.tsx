'use client';

import type { ProfilingSession } from '@vigil/types';
import { formatDuration } from '../../lib/format/units';
import { useStopProfiling } from '../../lib/hooks/profiler';
import { sessionProcessLabel } from '../../lib/profiling/process-labels';
import { useNow } from '../../lib/use-now';
import { PROFILE_TYPE_LABEL } from './profile-labels';

function RunningSession({ session }: { session: ProfilingSession }) {
  const stop = useStopProfiling();
  const now = useNow(1_000);
  const elapsedMs = Math.max(0, now - Date.parse(session.startedAt));
  const planned = session.plannedDurationMs;
  return (
    <li className="card running-session" data-testid="running-session">
      <div className="stack-sm">
        <p>
          <strong>{PROFILE_TYPE_LABEL[session.type]}</strong>
          {session.label && <span className="muted"> — {session.label}</span>}
          <span className="muted"> in {sessionProcessLabel(session)}</span>
        </p>
        <p role="status">
          Running for {formatDuration(elapsedMs / 1_000)}
          {planned > 0 && ` of ${formatDuration(planned / 1_000)} (stops itself then)`}
        </p>
        {planned > 0 && (
          <progress max={planned} value={Math.min(elapsedMs, planned)} aria-label={`${PROFILE_TYPE_LABEL[session.type]} progress`} />
        )}
        {stop.error && (
          <p className="form-problem" role="alert">
            {stop.error.message}
          </p>
        )}
      </div>
      {/* A heap snapshot is taken in one go; there is nothing to stop early. */}
      {session.type !== 'heap-snapshot' && (
        <button type="button" className="button button-danger" onClick={() => stop.mutate(session.id)} disabled={stop.isPending}>
          {stop.isPending ? 'Stopping…' : 'Stop and keep profile'}
        </button>
      )}
    </li>
  );
}

/** Every running session, whatever the list's filters: nothing running should hide from its stop button. */
export function RunningSessions({ sessions }: { sessions: ProfilingSession[] }) {
  const running = sessions.filter((session) => session.status === 'running');
  if (running.length === 0) return null;
  return (
    <section aria-labelledby="running-title" className="stack-sm">
      <h2 id="running-title">Running now</h2>
      <ul className="running-list">
        {running.map((session) => (
          <RunningSession key={session.id} session={session} />
        ))}
      </ul>
    </section>
  );
}
