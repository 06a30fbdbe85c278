import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useStopProfiling() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.profiler.stopSession(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.profiler.all }),
  });
}
