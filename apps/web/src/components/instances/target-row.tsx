import type { ScrapeTarget } from '@vigil/types';
import Link from 'next/link';
import { formatValue } from '../../lib/format/units';
import { RelativeTime } from './relative-time';
import { TargetHealthBadge } from './target-health-badge';
import { TargetRowActions } from './target-row-actions';

/** One target: where it is scraped, how the last scrape went, and what may be done with it. */
export function TargetRow({ target, now }: { target: ScrapeTarget; now: number }) {
  return (
    <tr data-target-id={target.id}>
      <th scope="row">
        <span className="mono target-name">{target.service}</span>
        <span className="visually-hidden">, source </span>
        <span className="tag target-source">{target.source}</span>
      </th>
      <td className="wide-cell" data-label="Instance / URL">
        <div className="target-where">
          <Link href={`/instances/${encodeURIComponent(target.id)}`} className="mono target-name">
            {target.instance}
          </Link>
          <span className="mono muted target-url">{target.url}</span>
        </div>
      </td>
      <td data-label="Health">
        <TargetHealthBadge health={target.health} />
      </td>
      <td className="nowrap" data-label="Last scrape">
        <RelativeTime iso={target.lastScrapeAt} now={now} />
      </td>
      <td className="numeric" data-label="Duration">
        {formatValue('seconds', target.lastScrapeDurationSeconds)}
      </td>
      <td className="numeric" data-label="Samples">
        {target.lastSamples === null ? '—' : target.lastSamples.toLocaleString()}
      </td>
      <td className="wide-cell" data-label="Last error">
        {target.lastError === null ? (
          <span className="muted">none</span>
        ) : (
          // The whole message stays in the page (screen readers read it); the cell cuts it visually.
          <span className="truncate" title={target.lastError} data-testid="target-error">
            {target.lastError}
          </span>
        )}
      </td>
      <td className="wide-cell target-actions" data-label="Actions">
        <TargetRowActions target={target} />
      </td>
    </tr>
  );
}
