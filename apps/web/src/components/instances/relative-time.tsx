import { formatAgo } from '../../lib/format/relative-time';
import { formatTime } from '../../lib/format/units';

/** "12 s ago", with the exact time in the tooltip and the `datetime` attribute. */
export function RelativeTime({ iso, now }: { iso: string | null; now: number }) {
  if (iso === null) return <span className="muted">never</span>;
  return (
    <time dateTime={iso} title={formatTime(iso)}>
      {formatAgo(iso, now)}
    </time>
  );
}
