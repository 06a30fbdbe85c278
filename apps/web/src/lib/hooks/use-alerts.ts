import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AlertListQuery } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';

export function useAlerts(query: AlertListQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alerts.list(query),
    queryFn: ({ signal }) => client.alerts.list(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: useRefetchInterval(),
  });
}
