import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useAlertRules() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alertRules.list(),
    queryFn: ({ signal }) => client.alertRules.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
