import { useQuery } from '@tanstack/react-query';
import type { SilenceState } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useSilences(state?: SilenceState) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.silences.list(state),
    queryFn: ({ signal }) => client.silences.list(state, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}
