import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useReadiness() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.readiness(),
    queryFn: ({ signal }) => client.health.getReadiness({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
