'use client';

import { formatPercent } from '../../lib/format/units';
import { useHealth } from '../../lib/hooks/use-health';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { StatusBadge } from '../feedback/status-badge';

const TERMS = [
  ['availability', 'Availability'],
  ['performance', 'Performance'],
  ['errorRate', 'Error rate'],
  ['resources', 'Resources'],
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
                <dd>{formatPercent(report.score[key] * 100)}</dd>
              </div>
            ))}
          </dl>
        )}
      </QueryState>
    </Panel>
  );
}
