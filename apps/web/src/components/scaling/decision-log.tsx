'use client';

import { formatTime } from '../../lib/format/units';
import { useScalingEvents } from '../../lib/hooks/scaling';
import { describeLimit } from '../../lib/scaling/scaling-reasons';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ToneBadge } from '../feedback/status-badge';

const SHOWN_DECISIONS = 50;

const COLUMNS = [
  { label: 'When' },
  { label: 'Desired', className: 'numeric' },
  { label: 'Instances then', className: 'numeric' },
  { label: 'Why' },
  { label: 'Deciding metric' },
  { label: 'Applied' },
] as const;

/** Every change of the service's desired count, newest first. */
export function DecisionLog({ service }: { service: string }) {
  const events = useScalingEvents({ service, limit: SHOWN_DECISIONS });
  return (
    <Panel title="Decision log" aside={<Freshness query={events} />}>
      <QueryState
        query={events}
        label="Scaling decisions"
        isEmpty={(list) => list.length === 0}
        empty={<p className="muted">The desired count of {service} has not changed yet.</p>}
      >
        {(list) => (
          <DataTable caption={`Scaling decisions of ${service}, newest first`} columns={COLUMNS} testId="scaling-decisions" note={`The latest ${SHOWN_DECISIONS} at most.`}>
            {list.map((decision) => (
              <tr key={decision.id}>
                <th scope="row">
                  <time dateTime={decision.at}>{formatTime(decision.at)}</time>
                </th>
                <td className="numeric" data-label="Desired">
                  {decision.fromReplicas} → <strong>{decision.toReplicas}</strong>
                </td>
                <td className="numeric" data-label="Instances then">{decision.currentReplicas}</td>
                <td data-label="Why">{describeLimit(decision.limitedBy)}</td>
                <td className="mono" data-label="Deciding metric">{decision.decidingMetric ?? '—'}</td>
                <td data-label="Applied">
                  {decision.applied ? <ToneBadge tone="ok" label="Applied" /> : <ToneBadge tone="unknown" label="Recommendation only" />}
                  {decision.note && <span className="component-message">{decision.note}</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Panel>
  );
}
