'use client';

import { useHealth } from '../../lib/hooks/health';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { StatusBadge } from '../feedback/status-badge';

// Each term is a 0–1 score where 1 is best (docs/health.md), not a raw rate.
const TERMS = [
  ['availability', 'Availability term'],
  ['performance', 'Performance term'],
  ['errorRate', 'Error-rate term'],
  ['resources', 'Resources term'],
] as const;

export function HealthScoreCard() {
  const health = useHealth();
  return (
    <Panel title="Health score">
      <QueryState query={health} label="Health score">
        {(report) => (
          <dl className="figures">
            <div>
              <dt>Overall</dt>
              <dd>
                <StatusBadge status={report.status} />
              </dd>
            </div>
            <div>
              <dt>Score</dt>
              <dd>{Math.round(report.score.value)} / 100</dd>
            </div>
            {TERMS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{report.score[key].toFixed(2)} / 1</dd>
              </div>
            ))}
          </dl>
        )}
      </QueryState>
    </Panel>
  );
}
