import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useSlowQueries() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.metrics.slowQueries(),
    queryFn: ({ signal }) => client.metrics.getSlowQueries({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
