import type { ScrapeTarget } from '@vigil/types';
import { formatTime, formatValue } from '../../lib/format/units';
import { readOnlyReason } from '../../lib/targets/target-source';
import { RelativeTime } from './relative-time';
import { TargetHealthBadge } from './target-health-badge';

/** How the target is scraped and how its last scrape went. */
export function TargetFigures({ target, now }: { target: ScrapeTarget; now: number }) {
  const labels = Object.entries(target.labels);
  const readOnly = readOnlyReason(target.source);
  return (
    <div className="card stack-sm" data-testid="target-detail">
      <p className="alert-title">
        <TargetHealthBadge health={target.health} />
        <span className="tag">{target.source}</span>
      </p>
      <p className="mono">{target.url}</p>
      {target.lastError !== null && (
        <p className="form-problem" data-testid="target-detail-error">
          Last error: {target.lastError}
        </p>
      )}
      <dl className="figures">
        <div>
          <dt>Last scrape</dt>
          <dd>
            <RelativeTime iso={target.lastScrapeAt} now={now} />
          </dd>
        </div>
        <div>
          <dt>Scrape duration</dt>
          <dd>{formatValue('seconds', target.lastScrapeDurationSeconds)}</dd>
        </div>
        <div>
          <dt>Samples</dt>
          <dd>{target.lastSamples === null ? '—' : target.lastSamples.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Interval / timeout</dt>
          <dd>
            {target.scrapeInterval} / {target.scrapeTimeout}
          </dd>
        </div>
        <div>
          <dt>Sample limit</dt>
          <dd>{target.sampleLimit.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Bearer token</dt>
          <dd>{target.hasBearerToken ? 'set' : 'none'}</dd>
        </div>
        <div>
          <dt>Scraped by</dt>
          <dd className="mono">{target.scrapedBy ?? '—'}</dd>
        </div>
        <div>
          <dt>Listed since</dt>
          <dd>{formatTime(target.createdAt)}</dd>
        </div>
      </dl>
      {labels.length > 0 && (
        <ul className="label-list" aria-label="Target labels">
          {labels.map(([key, value]) => (
            <li key={key} className="mono">
              {key}={value}
            </li>
          ))}
        </ul>
      )}
      {readOnly && <p className="muted hint">Read-only. {readOnly}</p>}
    </div>
  );
}
