import type { UseQueryResult } from '@tanstack/react-query';
import { useRefresh } from '../../lib/refresh/refresh-context';

/** Data older than this many refresh intervals counts as stale even without an error. */
const STALE_AFTER_INTERVALS = 3;

/** "Updated 03:12:09", with a visible "stale" tag once the figures stop being current. */
export function Freshness({ query }: { query: Pick<UseQueryResult, 'dataUpdatedAt' | 'isError' | 'isFetching'> }) {
  const { seconds } = useRefresh();
  const { dataUpdatedAt, isError } = query;
  if (dataUpdatedAt === 0) return null;
  const age = Date.now() - dataUpdatedAt;
  const isStale = isError || (seconds > 0 && age > seconds * 1_000 * STALE_AFTER_INTERVALS);
  return (
    <span className="freshness muted">
      {isStale && <span className="tag tag-stale">stale</span>}
      Updated <time dateTime={new Date(dataUpdatedAt).toISOString()}>{new Date(dataUpdatedAt).toLocaleTimeString()}</time>
    </span>
  );
}
