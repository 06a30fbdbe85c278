'use client';

import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { CONTRACT_MISMATCH_TITLE } from '../../lib/contract-mismatch';
import { useRefresh } from '../../lib/refresh/refresh-context';
import { apiProblemOf, graver, type ApiProblem } from './api-problem';

interface Problem extends ApiProblem {
  /** Epoch ms of the newest data still on screen; 0 when none arrived. */
  lastDataAt: number;
}

/**
 * Looks at every query on screen: if a failure says the API is unreachable, answers in
 * a shape this page does not understand, or is broken (5xx), one banner says so at the
 * top. A 4xx is a problem of one panel and is shown there instead.
 */
function findProblem(queries: Query[]): Problem | null {
  let problem: ApiProblem | null = null;
  let lastDataAt = 0;
  for (const query of queries) {
    if (query.getObserversCount() === 0) continue;
    lastDataAt = Math.max(lastDataAt, query.state.dataUpdatedAt);
    // A failed attempt shows in `fetchFailureReason` at once, before retries give up and set `error`.
    const error = query.state.status === 'error' ? query.state.error : query.state.fetchFailureReason;
    problem = graver(problem, apiProblemOf(error));
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

  const titles = {
    unreachable: `Cannot reach the Vigil API at ${baseUrl}`,
    contract: CONTRACT_MISMATCH_TITLE,
    failing: 'The Vigil API is answering with errors',
  } as const;
  const title = titles[problem.kind];
  const shown =
    problem.lastDataAt > 0
      ? `Figures below are from ${new Date(problem.lastDataAt).toLocaleTimeString()} and may be out of date.`
      : 'No data could be loaded.';
  const retrying = seconds > 0 ? ` Retrying every ${seconds} s.` : ' Auto-refresh is off.';

  return (
    <div className="banner banner-bad api-status-banner" role="alert" data-testid="api-status-banner" data-kind={problem.kind}>
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
