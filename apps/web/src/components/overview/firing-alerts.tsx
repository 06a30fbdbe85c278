'use client';

import { ALERT_SEVERITIES, type AlertSummary } from '@vigil/types';
import Link from 'next/link';
import { useAlerts } from '../../lib/hooks/alerts';
import { SeverityBadge } from '../alerts/severity-badge';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { FIRING_ALERTS } from './firing-alerts-query';

const SHOWN_PER_SEVERITY = 5;

export function FiringAlerts() {
  const alerts = useAlerts(FIRING_ALERTS);
  return (
    <Panel title="Firing alerts" aside={<Freshness query={alerts} />}>
      <QueryState
        query={alerts}
        label="Firing alerts"
        isEmpty={(page) => page.items.length === 0}
        empty={<p className="all-clear">No alerts firing.</p>}
      >
        {(page) => (
          <div className="stack-sm">
            <ul className="severity-counts" aria-label="Firing alerts by severity">
              {ALERT_SEVERITIES.map((severity) => (
                <li key={severity}>
                  <SeverityBadge severity={severity} />
                  <span className="severity-count">{page.items.filter((alert) => alert.severity === severity).length}</span>
                </li>
              ))}
            </ul>
            {ALERT_SEVERITIES.map((severity) => (
              <SeverityGroup key={severity} alerts={page.items.filter((alert) => alert.severity === severity)} />
            ))}
            {page.total > page.items.length && (
              <p className="muted">
                {page.total - page.items.length} more — <Link href="/alerts">see all alerts</Link>
              </p>
            )}
          </div>
        )}
      </QueryState>
    </Panel>
  );
}

function SeverityGroup({ alerts }: { alerts: AlertSummary[] }) {
  if (alerts.length === 0) return null;
  return (
    <ul className="alert-links">
      {alerts.slice(0, SHOWN_PER_SEVERITY).map((alert) => (
        <li key={alert.id}>
          <SeverityBadge severity={alert.severity} />
          <Link href={`/alerts/${encodeURIComponent(alert.id)}`}>{alert.annotations.summary ?? alert.name}</Link>
          <span className="muted"> since {new Date(alert.firedAt ?? alert.activeAt).toLocaleTimeString()}</span>
        </li>
      ))}
      {alerts.length > SHOWN_PER_SEVERITY && (
        <li className="muted">
          and {alerts.length - SHOWN_PER_SEVERITY} more — <Link href="/alerts">see all</Link>
        </li>
      )}
    </ul>
  );
}
