'use client';

import type { AlertSummary, Page } from '@vigil/types';
import Link from 'next/link';
import { useState } from 'react';
import { alertQueryFor, alertsShown } from '../../lib/alerts/alerts-of-service';
import { formatTime } from '../../lib/format/units';
import { useAlerts } from '../../lib/hooks/alerts';
import { usePickedService } from '../../lib/services/use-picked-service';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { AlertActions } from './alert-actions';
import { AlertFilters, STATUS_VIEWS, type AlertFilterState } from './alert-filters';
import { AlertStatusBadge } from './alert-status-badge';
import { SeverityBadge } from './severity-badge';

const PAGE_SIZE = 25;

/** The name and severity already show as the title and badge. */
function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .filter(([key]) => key !== 'alertname' && key !== 'severity')
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

export function AlertList() {
  const [filters, setFilters] = useState<AlertFilterState>({ view: 'open', severity: '' });
  const [page, setPage] = useState(1);
  const [service] = usePickedService();
  const base = { status: STATUS_VIEWS[filters.view].status, ...(filters.severity ? { severity: filters.severity } : {}) };
  const alerts = useAlerts(alertQueryFor(base, page, PAGE_SIZE, service));
  const shownOf = (result: Page<AlertSummary>) => alertsShown(result, page, PAGE_SIZE, service);
  // The page number belongs to one list: another service is another list.
  const [pagedService, setPagedService] = useState(service);
  if (pagedService !== service) {
    setPagedService(service);
    setPage(1);
  }

  return (
    <Panel title={STATUS_VIEWS[filters.view].label} aside={<Freshness query={alerts} />}>
      <AlertFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <QueryState
        query={alerts}
        label="Alerts"
        isEmpty={(result) => shownOf(result).items.length === 0}
        empty={
          <p className="all-clear">
            No {STATUS_VIEWS[filters.view].label.toLowerCase()} alerts{filters.severity && ` of severity ${filters.severity}`}
            {service && ` labelled service=${service}`}.
          </p>
        }
      >
        {(result) => {
          const { items, pages, truncated } = shownOf(result);
          return (
            <div className="stack-sm">
              <ul className="alert-list" data-testid="alert-list">
                {items.map((alert) => (
                  <li key={alert.id} className="card alert-item" data-alert-id={alert.id}>
                    <div className="alert-main">
                      <p className="alert-title">
                        <SeverityBadge severity={alert.severity} />
                        <AlertStatusBadge status={alert.status} />
                        {alert.silencedBy.length > 0 && <span className="tag">silenced</span>}
                        <Link href={`/alerts/${encodeURIComponent(alert.id)}`}>{alert.name}</Link>
                      </p>
                      {alert.annotations.summary && <p>{alert.annotations.summary}</p>}
                      <p className="muted mono alert-labels">{labelText(alert.labels)}</p>
                      <p className="muted hint">
                        {alert.value !== null && `value ${alert.value} · `}
                        {alert.status === 'resolved' ? `resolved ${formatTime(alert.resolvedAt)}` : `since ${formatTime(alert.firedAt ?? alert.activeAt)}`}
                        {alert.acknowledgedBy && ` · acknowledged by ${alert.acknowledgedBy}`}
                      </p>
                    </div>
                    <AlertActions alert={alert} />
                  </li>
                ))}
              </ul>
              {truncated && (
                <p className="muted hint">
                  Only the newest {result.items.length} of {result.total} alerts were searched for service={service}: the API filters by status and
                  severity, not by label.
                </p>
              )}
              {pages > 1 && (
                <nav className="pager" aria-label="Alert pages">
                  <button type="button" className="button button-small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    Previous
                  </button>
                  <span>
                    Page {page} of {pages}
                  </span>
                  <button type="button" className="button button-small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    Next
                  </button>
                </nav>
              )}
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}
