import { useQuery } from '@tanstack/react-query';
import type { ProfilingSessionQuery } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

const LIVE_POLL_MS = 1_000;

/** Polls every second while a session runs, so its status and stop button stay live. */
export function useProfilingSessions(query: ProfilingSessionQuery = { limit: 20 }) {
  const client = useApiClient();
  const refetchInterval = useRefetchInterval();
  return useQuery({
    queryKey: queryKeys.profiler.sessions(query),
    queryFn: ({ signal }) => client.profiler.listSessions(query, { signal }),
    refetchInterval: ({ state }) =>
      state.data?.items.some((session) => session.status === 'running') ? LIVE_POLL_MS : refetchInterval,
  });
}
