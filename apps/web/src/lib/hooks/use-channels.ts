import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useChannels() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.channels.list(),
    queryFn: ({ signal }) => client.channels.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
