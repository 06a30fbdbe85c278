import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-errors';

/**
 * An API that answered (a 4xx/5xx, or a shape this page does not understand) will
 * answer the same again, so only a missing answer is retried, and only once: the
 * banner should appear within seconds, and interval refetches keep trying after that.
 */
function shouldRetry(failureCount: number, error: Error): boolean {
  return !(error instanceof ApiError) && failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}
