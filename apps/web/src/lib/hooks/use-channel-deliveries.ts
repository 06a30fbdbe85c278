import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useChannelDeliveries(id: string, { enabled }: { enabled: boolean }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.channels.deliveries(id),
    queryFn: ({ signal }) => client.channels.listDeliveries(id, { signal }),
    enabled,
    refetchInterval: useRefetchInterval(),
  });
}
