import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

const TOP_FUNCTIONS = 15;

/** Artifacts never change, so an analysis never goes stale. */
export function useProfileAnalysis(id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.profiler.analysis(id ?? ''),
    queryFn: ({ signal }) => client.profiler.getAnalysis(id ?? '', TOP_FUNCTIONS, { signal }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
