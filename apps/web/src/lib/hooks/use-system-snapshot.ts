import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useSystemSnapshot() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.metrics.system(),
    queryFn: ({ signal }) => client.metrics.getSystem({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
