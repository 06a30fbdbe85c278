import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys, type MetricQueryKey } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { windowFor } from '../time-range';

/** Several `/metrics/query` calls that one chart combines (used / total, errors / all). */
export function useMetricQueries(keys: readonly MetricQueryKey[]) {
  const client = useApiClient();
  const refetchInterval = useRefetchInterval();
  return useQueries({
    queries: keys.map((key) => ({
      queryKey: queryKeys.metrics.query(key),
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        const { from, to, step } = windowFor(key.range);
        return client.metrics.query({ name: key.name, labels: key.labels, fn: key.fn, from, to, step }, { signal });
      },
      placeholderData: keepPreviousData,
      refetchInterval,
    })),
  });
}

/** One `/metrics/query` call over a named range ending now. */
export function useMetricQuery(key: MetricQueryKey) {
  const [result] = useMetricQueries([key]);
  if (!result) throw new Error('useMetricQueries returned no result for one key');
  return result;
}

export function useSystemSnapshot() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.metrics.system(),
    queryFn: ({ signal }) => client.metrics.getSystem({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useSlowQueries() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.metrics.slowQueries(),
    queryFn: ({ signal }) => client.metrics.getSlowQueries({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}
