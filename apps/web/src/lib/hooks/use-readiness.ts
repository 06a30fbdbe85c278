import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

/** `refreshSeconds` of 0 turns polling off. */
export function useReadiness({ refreshSeconds }: { refreshSeconds: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.readiness(),
    queryFn: ({ signal }) => client.getReadiness({ signal }),
    refetchInterval: refreshSeconds > 0 ? refreshSeconds * 1_000 : false,
  });
}
