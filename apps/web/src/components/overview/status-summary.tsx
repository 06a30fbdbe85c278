'use client';

import type { HealthReport } from '@vigil/types';
import { useHealth } from '../../lib/hooks/use-health';
import { useReadiness } from '../../lib/hooks/use-readiness';
import { Freshness } from '../feedback/freshness';
import { QueryState } from '../feedback/query-state';
import { Skeleton } from '../feedback/skeleton';
import { toneOfStatus } from '../feedback/status-badge';
import { StatusIcon } from '../feedback/status-icon';

function headline(report: HealthReport): string {
  const failing = report.components.filter((component) => component.status !== 'up');
  if (failing.length === 0) return 'All components up';
  const names = failing.map((component) => component.name).join(', ');
  return report.status === 'down' ? `Down — ${names}` : `Degraded — ${names}`;
}

/** The five-second answer: is it up, how healthy, is Kubernetes sending it traffic. */
export function StatusSummary() {
  const health = useHealth();
  const readiness = useReadiness();
  return (
    <QueryState
      query={health}
      label="Overall status"
      skeleton={
        <div className="status-summary tone-unknown">
          <Skeleton width="48px" height="48px" />
          <Skeleton width="16rem" height="2rem" />
        </div>
      }
    >
      {(report) => {
        const tone = toneOfStatus(report.status);
        return (
          <section className={`status-summary tone-${tone}`} aria-label="Overall status" data-testid="overall-status">
            <StatusIcon tone={tone} size={48} />
            <div className="status-summary-text">
              <p className="status-headline">{headline(report)}</p>
              <p className="muted">
                Instance <span className="mono">{report.instance}</span>
                {' · '}
                {readiness.data === undefined
                  ? 'readiness unknown'
                  : readiness.data.ready
                    ? 'ready for traffic'
                    : `not ready: ${readiness.data.error.message.replace(/^not ready:\s*/i, '')}`}
              </p>
              <Freshness query={health} />
            </div>
            <div className="score" aria-label={`Health score ${report.score.value} out of 100`}>
              <span className="score-value">{Math.round(report.score.value)}</span>
              <span className="score-label">health score / 100</span>
            </div>
          </section>
        );
      }}
    </QueryState>
  );
}
