'use client';

import type { MetricPoint } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { useAlert } from '../../lib/hooks/alerts';
import { TimeSeriesChart } from '../charts/time-series-chart';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { AlertActions } from './alert-actions';
import { AlertEvents } from './alert-events';
import { AlertStatusBadge } from './alert-status-badge';
import { SeverityBadge } from './severity-badge';

export function AlertDetailView({ id }: { id: string }) {
  const alert = useAlert(id);
  return (
    <QueryState query={alert} label="Alert">
      {(detail) => {
        const triggerPoints: MetricPoint[] = detail.triggerValues.map(({ at, value }) => [Date.parse(at), value]);
        return (
          <div className="stack">
            <div className="page-head">
              <h1>{detail.name}</h1>
              <Freshness query={alert} />
            </div>
            <div className="card stack-sm" data-testid="alert-detail">
              <p className="alert-title">
                <SeverityBadge severity={detail.severity} />
                <AlertStatusBadge status={detail.status} />
                {detail.silencedBy.length > 0 && <span className="tag">silenced</span>}
                {detail.escalationLevel > 0 && <span className="tag">escalation level {detail.escalationLevel}</span>}
              </p>
              {detail.annotations.summary && <p>{detail.annotations.summary}</p>}
              {detail.annotations.description && <p className="muted">{detail.annotations.description}</p>}
              {detail.annotations.runbookUrl && (
                <p>
                  <a href={detail.annotations.runbookUrl} rel="noreferrer" target="_blank">
                    Runbook
                  </a>
                </p>
              )}
              <dl className="figures">
                <div>
                  <dt>Active since</dt>
                  <dd>{formatTime(detail.activeAt)}</dd>
                </div>
                <div>
                  <dt>Fired</dt>
                  <dd>{formatTime(detail.firedAt)}</dd>
                </div>
                <div>
                  <dt>Acknowledged</dt>
                  <dd>{detail.acknowledgedAt ? `${formatTime(detail.acknowledgedAt)} by ${detail.acknowledgedBy ?? '?'}` : '—'}</dd>
                </div>
                <div>
                  <dt>Resolved</dt>
                  <dd>{formatTime(detail.resolvedAt)}</dd>
                </div>
                <div>
                  <dt>Latest value</dt>
                  <dd>{detail.value ?? '—'}</dd>
                </div>
                <div>
                  <dt>Source</dt>
                  <dd>{detail.generatorUrl ? <a href={detail.generatorUrl}>{detail.source}</a> : detail.source}</dd>
                </div>
              </dl>
              <AlertActions alert={detail} />
            </div>
            <Panel title="Labels">
              <ul className="label-list">
                {Object.entries(detail.labels).map(([key, value]) => (
                  <li key={key} className="mono">
                    {key}={value}
                  </li>
                ))}
              </ul>
            </Panel>
            <Panel title="Values that fired it">
              {triggerPoints.length > 0 ? (
                <TimeSeriesChart title="Evaluated value" unit="count" series={[{ label: 'value', points: triggerPoints }]} fromZero={false} />
              ) : (
                <p className="muted">
                  {detail.source === 'prometheus'
                    ? 'Raised by Prometheus: Vigil evaluated no value for it.'
                    : 'No evaluated values were recorded for this alert.'}
                </p>
              )}
            </Panel>
            <Panel title="Timeline">
              <AlertEvents events={detail.events} />
            </Panel>
          </div>
        );
      }}
    </QueryState>
  );
}
