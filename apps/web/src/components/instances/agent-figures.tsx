import type { TargetAgent } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { RelativeTime } from './relative-time';

/** What the agent said about its process in its last heartbeat. */
export function AgentFigures({ agent, now }: { agent: TargetAgent | null; now: number }) {
  if (agent === null) {
    return <p className="muted">No agent registered this target, so there is no process detail: Vigil only scrapes it.</p>;
  }
  return (
    <dl className="figures" data-testid="agent-figures">
      <div>
        <dt>Agent version</dt>
        <dd>{agent.version ?? '—'}</dd>
      </div>
      <div>
        <dt>PID</dt>
        <dd>{agent.pid}</dd>
      </div>
      <div>
        <dt>Host</dt>
        <dd className="mono">{agent.host}</dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>{formatTime(agent.startedAt)}</dd>
      </div>
      <div>
        <dt>Last heartbeat</dt>
        <dd>
          <RelativeTime iso={agent.lastHeartbeatAt} now={now} />
        </dd>
      </div>
      <div>
        <dt>Control URL</dt>
        <dd className="mono">{agent.controlUrl ?? 'remote profiling off'}</dd>
      </div>
    </dl>
  );
}
