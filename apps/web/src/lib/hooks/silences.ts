import { useQuery } from '@tanstack/react-query';
import type { SilenceInput, SilenceState } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

// Alerts carry `silencedBy`, so every silence change refreshes them too.
const SILENCE_CHANGES = [queryKeys.silences.all, queryKeys.alerts.all] as const;

export function useSilences(state?: SilenceState) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.silences.list(state),
    queryFn: ({ signal }) => client.silences.list(state, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useCreateSilence() {
  return useApiMutation({
    mutationFn: (client, input: SilenceInput) => client.silences.create(input),
    invalidates: SILENCE_CHANGES,
  });
}

export function useExpireSilence() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.silences.expire(id),
    invalidates: SILENCE_CHANGES,
  });
}
