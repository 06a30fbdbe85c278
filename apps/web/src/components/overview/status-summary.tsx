'use client';

import { ALERT_SEVERITIES, type AlertSummary, type HealthReport } from '@vigil/types';
import { useAlerts } from '../../lib/hooks/alerts';
import { useHealth, useReadiness } from '../../lib/hooks/health';
import { Freshness } from '../feedback/freshness';
import { QueryState } from '../feedback/query-state';
import { Skeleton } from '../feedback/skeleton';
import { toneOfStatus } from '../feedback/status-badge';
import { StatusIcon, type StatusTone } from '../feedback/status-icon';
import { FIRING_ALERTS } from './firing-alerts-query';

const TONE_RANK: Record<StatusTone, number> = { ok: 0, unknown: 1, warn: 2, bad: 3 };

/** Components can all be up while a rule fires: the headline takes the worse of the two. */
function alertTone(alerts: AlertSummary[]): StatusTone {
  if (alerts.some((alert) => alert.severity === 'critical')) return 'bad';
  return alerts.some((alert) => alert.severity === 'warning') ? 'warn' : 'ok';
}

function alertLine(alerts: AlertSummary[]): string | null {
  if (alerts.length === 0) return null;
  const counts = ALERT_SEVERITIES.map((severity) => [severity, alerts.filter((alert) => alert.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return `${alerts.length === 1 ? '1 alert' : `${alerts.length} alerts`} firing: ${counts.join(', ')}`;
}

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
  const firing = useAlerts(FIRING_ALERTS).data?.items ?? [];
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
        const healthTone = toneOfStatus(report.status);
        const firingTone = alertTone(firing);
        const tone = TONE_RANK[firingTone] > TONE_RANK[healthTone] ? firingTone : healthTone;
        const firingText = alertLine(firing);
        return (
          <section className={`status-summary tone-${tone}`} aria-label="Overall status" data-testid="overall-status">
            <StatusIcon tone={tone} size={48} />
            <div className="status-summary-text">
              <p className="status-headline">{headline(report)}</p>
              {firingText && <p className="status-alerts">{firingText}</p>}
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
