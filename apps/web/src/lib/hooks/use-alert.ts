import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useAlert(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alerts.detail(id),
    queryFn: ({ signal }) => client.alerts.get(id, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}
