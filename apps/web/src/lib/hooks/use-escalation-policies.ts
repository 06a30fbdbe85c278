import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useEscalationPolicies() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.escalationPolicies.list(),
    queryFn: ({ signal }) => client.escalationPolicies.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
