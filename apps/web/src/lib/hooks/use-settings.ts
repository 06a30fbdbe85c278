import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.settings.list(),
    queryFn: ({ signal }) => client.settings.list({ signal }),
  });
}
