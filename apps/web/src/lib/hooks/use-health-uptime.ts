import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useHealthUptime() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.uptime(),
    queryFn: ({ signal }) => client.health.getUptime({}, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}
