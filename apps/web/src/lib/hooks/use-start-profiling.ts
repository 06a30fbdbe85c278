import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfilingSessionInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useStartProfiling() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfilingSessionInput) => client.profiler.startSession(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.profiler.all }),
  });
}
