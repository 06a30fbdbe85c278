import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useHealth() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.report(),
    queryFn: ({ signal }) => client.health.getReport({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
