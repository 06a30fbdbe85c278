'use client';

import { formatBytes, formatDuration, formatMs, formatPercent } from '../../lib/format/units';
import { useRuntimeStats } from '../../lib/hooks/profiler';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ToneBadge } from '../feedback/status-badge';

function withFullStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export function RuntimePanel() {
  const runtime = useRuntimeStats();
  return (
    <Panel title="Runtime of this API" aside={<Freshness query={runtime} />}>
      <QueryState query={runtime} label="Runtime statistics">
        {(stats) => (
          <div className="stack">
            <div className={`leak-verdict tone-${stats.leak.suspected ? 'bad' : 'ok'}`} data-testid="leak-verdict">
              <ToneBadge tone={stats.leak.suspected ? 'bad' : 'ok'} label={stats.leak.suspected ? 'Leak suspected' : 'No leak suspected'} />
              {/* The API's reason already states the growth against the threshold. */}
              <p className="leak-reason">
                {withFullStop(stats.leak.reason)}{' '}
                <span className="muted">
                  Trend fit R² {stats.leak.rSquared.toFixed(2)} over {formatDuration(stats.leak.spanMs / 1_000)} of samples.
                </span>
              </p>
            </div>
            <dl className="figures">
              <div>
                <dt>Instance</dt>
                <dd className="mono">{stats.instance}</dd>
              </div>
              <div>
                <dt>Uptime</dt>
                <dd>{formatDuration(stats.uptimeSeconds)}</dd>
              </div>
              <div>
                <dt>Event-loop delay p50 / p99</dt>
                <dd>
                  {formatMs(stats.eventLoop.delayMs.p50)} / {formatMs(stats.eventLoop.delayMs.p99)}
                </dd>
              </div>
              <div>
                <dt>Event-loop busy</dt>
                <dd>{formatPercent(stats.eventLoop.utilization * 100)}</dd>
              </div>
              <div>
                <dt>Heap used / limit</dt>
                <dd>
                  {formatBytes(stats.heap.usedBytes)} / {formatBytes(stats.heap.limitBytes)}
                </dd>
              </div>
              <div>
                <dt>RSS</dt>
                <dd>{formatBytes(stats.memory.rssBytes)}</dd>
              </div>
              <div>
                <dt>GC pauses</dt>
                <dd>
                  {stats.gc.count} · {formatMs(stats.gc.pauseMs)}
                </dd>
              </div>
              <div>
                <dt>GC share of time</dt>
                <dd>{formatPercent(stats.gc.observedMs > 0 ? (stats.gc.pauseMs / stats.gc.observedMs) * 100 : null)}</dd>
              </div>
              <div>
                <dt>Active resources</dt>
                <dd>{stats.activeResources.total}</dd>
              </div>
              <div>
                <dt>Detached contexts</dt>
                <dd>{stats.heap.detachedContexts}</dd>
              </div>
            </dl>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
