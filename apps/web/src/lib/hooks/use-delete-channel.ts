import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useDeleteChannel() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.channels.remove(id),
    // Rules and escalation levels may have named it.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.channels.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.alertRules.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.escalationPolicies.all }),
      ]),
  });
}
