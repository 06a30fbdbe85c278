import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useRuntimeStats() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.runtime(),
    queryFn: ({ signal }) => client.profiler.getRuntime({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
