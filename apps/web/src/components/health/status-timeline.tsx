'use client';

import { useHealthHistory } from '../../lib/hooks/health';
import { statusSegments } from '../../lib/health/status-segments';
import { TIME_RANGES } from '../../lib/time-range';
import { useTimeRange } from '../charts/time-range-context';
import { Skeleton } from '../feedback/skeleton';
import { describeError } from '../feedback/query-state';

const STATUS_WORD = { up: 'up', degraded: 'degraded', down: 'down' } as const;

/**
 * One bar per component over the page's range. Degraded and down runs are striped and
 * hatched as well as coloured, and listed in words for screen readers.
 */
export function StatusTimeline({ component }: { component: string }) {
  const { range } = useTimeRange();
  const history = useHealthHistory({ component, range });
  if (history.data === undefined) {
    if (history.isError) return <p className="panel-problem">Timeline unavailable. {describeError(history.error)}</p>;
    return <Skeleton height="1.25rem" />;
  }
  const to = Date.parse(history.data.to);
  const from = Math.max(Date.parse(history.data.from), to - TIME_RANGES[range].spanMs);
  const span = to - from || 1;
  const segments = statusSegments(history.data.items, to).filter((segment) => segment.to > from);
  if (segments.length === 0) return <p className="muted">No checks recorded in this range.</p>;
  const problems = segments.filter((segment) => segment.status !== 'up');
  return (
    <div className="timeline">
      <div className="timeline-bar" aria-hidden="true">
        {segments.map((segment) => {
          const start = Math.max(segment.from, from);
          return (
            <span
              key={segment.from}
              className={`timeline-seg seg-${segment.status}`}
              style={{ left: `${((start - from) / span) * 100}%`, width: `${Math.max(0.4, ((segment.to - start) / span) * 100)}%` }}
              title={`${STATUS_WORD[segment.status]} ${new Date(start).toLocaleString()} – ${new Date(segment.to).toLocaleString()}`}
            />
          );
        })}
      </div>
      <p className={problems.length > 0 ? 'timeline-summary' : 'visually-hidden'}>
        {problems.length === 0
          ? 'Up for the whole range.'
          : problems
              .slice(-3)
              .map((segment) => `${STATUS_WORD[segment.status]} ${new Date(segment.from).toLocaleTimeString()}–${new Date(segment.to).toLocaleTimeString()}`)
              .join('; ')}
        {history.data.truncated && ' (newest checks only)'}
      </p>
    </div>
  );
}
