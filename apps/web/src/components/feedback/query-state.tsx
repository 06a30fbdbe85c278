import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api-client';
import type { QueryLike } from '../../lib/combine-queries';
import { Skeleton } from './skeleton';

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** What is loading, for screen readers: "CPU history". */
  label: string;
  /** Shown while the first answer is on its way. */
  skeleton?: ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The four states of a panel: loading (skeleton), failed before any data (a message
 * and a retry), empty, and data. Data stays on screen after a failed refresh: the
 * freshness tag and the page banner say it is old.
 */
export function QueryState<T>({ query, label, skeleton, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.data !== undefined) {
    if (isEmpty?.(query.data)) return <div className="empty-state">{empty ?? <p className="muted">Nothing to show yet.</p>}</div>;
    return <>{children(query.data)}</>;
  }
  if (query.error instanceof ApiError && query.error.status === 404) {
    // A route this API does not have (yet) is a fact to state, not an incident to flag.
    return (
      <div className="panel-unavailable" role="status">
        <p>
          <strong>{label} unavailable.</strong> {describeError(query.error)}
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="panel-problem" role="status">
        <p>
          <strong>{label} could not be loaded.</strong> {describeError(query.error)}
        </p>
        <button type="button" className="button button-small" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? 'Trying again…' : 'Try again'}
        </button>
      </div>
    );
  }
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading {label}…
      </p>
      {skeleton ?? <Skeleton height="6rem" />}
    </div>
  );
}

export function describeError(error: Error | null): string {
  if (!error) return '';
  if (error instanceof ApiError && error.status === 404) return `The API answered 404: ${error.message}`;
  return error.message;
}
