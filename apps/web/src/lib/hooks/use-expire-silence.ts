import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useExpireSilence() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.silences.expire(id),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.silences.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
      ]),
  });
}
