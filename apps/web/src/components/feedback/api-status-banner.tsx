'use client';

import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, ApiUnreachableError } from '../../lib/api-client';
import { useApiClient } from '../../lib/api-client-context';
import { useRefresh } from '../../lib/refresh/refresh-context';

interface Problem {
  kind: 'unreachable' | 'failing';
  detail: string;
  /** Epoch ms of the newest data still on screen; 0 when none arrived. */
  lastDataAt: number;
}

/**
 * Looks at every query on screen: if the newest failure says the API is unreachable or
 * broken (5xx), one banner says so at the top. A 4xx is a problem of one panel and is
 * shown there instead.
 */
function findProblem(queries: Query[]): Problem | null {
  let problem: Problem | null = null;
  let lastDataAt = 0;
  for (const query of queries) {
    if (query.getObserversCount() === 0) continue;
    lastDataAt = Math.max(lastDataAt, query.state.dataUpdatedAt);
    // A failed attempt shows in `fetchFailureReason` at once, before retries give up and set `error`.
    const error = query.state.status === 'error' ? query.state.error : query.state.fetchFailureReason;
    if (error instanceof ApiUnreachableError) {
      problem = { kind: 'unreachable', detail: error.message, lastDataAt: 0 };
    } else if (error instanceof ApiError && error.status >= 500 && problem?.kind !== 'unreachable') {
      problem = { kind: 'failing', detail: `${error.status}: ${error.message}`, lastDataAt: 0 };
    }
  }
  return problem && { ...problem, lastDataAt };
}

function sameProblem(a: Problem | null, b: Problem | null): boolean {
  return a?.kind === b?.kind && a?.detail === b?.detail && a?.lastDataAt === b?.lastDataAt;
}

export function ApiStatusBanner() {
  const queryClient = useQueryClient();
  const { baseUrl } = useApiClient();
  const { seconds } = useRefresh();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isRetrying, setIsRetrying] = useState(false);

  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const update = () => {
      const next = findProblem(cache.getAll());
      setProblem((current) => (sameProblem(current, next) ? current : next));
    };
    update();
    return cache.subscribe(update);
  }, [queryClient]);

  if (!problem) return null;

  async function retry() {
    setIsRetrying(true);
    try {
      await queryClient.refetchQueries({ type: 'active' });
    } finally {
      setIsRetrying(false);
    }
  }

  const title =
    problem.kind === 'unreachable'
      ? `Cannot reach the Vigil API at ${baseUrl}`
      : 'The Vigil API is answering with errors';
  const shown =
    problem.lastDataAt > 0
      ? `Figures below are from ${new Date(problem.lastDataAt).toLocaleTimeString()} and may be out of date.`
      : 'No data could be loaded.';
  const retrying = seconds > 0 ? ` Retrying every ${seconds} s.` : ' Auto-refresh is off.';

  return (
    <div className="banner banner-bad api-status-banner" role="alert" data-testid="api-status-banner">
      <div>
        <p className="banner-title">{title}</p>
        <p className="banner-detail">
          {shown}
          {retrying}
        </p>
        <p className="banner-detail muted">{problem.detail}</p>
      </div>
      <button type="button" className="button" onClick={() => void retry()} disabled={isRetrying}>
        {isRetrying ? 'Retrying…' : 'Retry now'}
      </button>
    </div>
  );
}
