import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useRecommendations() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.recommendations(),
    queryFn: ({ signal }) => client.profiler.getRecommendations({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
