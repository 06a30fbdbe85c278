import { useQuery } from '@tanstack/react-query';
import type { ProfilingSessionQuery, ProfilingSessionRequest } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

const LIVE_POLL_MS = 1_000;
const TOP_FUNCTIONS = 15;

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

/** Artifacts never change, so an analysis never goes stale. */
export function useProfileAnalysis(id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.analysis(id ?? ''),
    queryFn: ({ signal }) => client.profiler.getAnalysis(id ?? '', TOP_FUNCTIONS, { signal }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

export function useRuntimeStats() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.runtime(),
    queryFn: ({ signal }) => client.profiler.getRuntime({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useRecommendations() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.recommendations(),
    queryFn: ({ signal }) => client.profiler.getRecommendations({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useStartProfiling() {
  return useApiMutation({
    mutationFn: (client, input: ProfilingSessionRequest) => client.profiler.startSession(input),
    invalidates: [queryKeys.profiler.all],
  });
}

export function useStopProfiling() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.profiler.stopSession(id),
    invalidates: [queryKeys.profiler.all],
  });
}
