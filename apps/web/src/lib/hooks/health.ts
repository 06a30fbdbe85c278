import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { windowFor, type TimeRangeKey } from '../time-range';

export function useReadiness() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.readiness(),
    queryFn: ({ signal }) => client.health.getReadiness({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useHealth() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.report(),
    queryFn: ({ signal }) => client.health.getReport({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

/** Recorded checks of one component (or all) over the range, newest first. */
export function useHealthHistory({ component, range }: { component?: string; range: TimeRangeKey }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.history(component, range),
    queryFn: ({ signal }) => {
      const { from, to } = windowFor(range);
      return client.health.getHistory({ component, from, to, limit: '5000' }, { signal });
    },
    placeholderData: keepPreviousData,
    refetchInterval: useRefetchInterval(),
  });
}

export function useHealthUptime() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.health.uptime(),
    queryFn: ({ signal }) => client.health.getUptime({}, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}
