import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useDeleteEscalationPolicy() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.escalationPolicies.remove(id),
    // Rules that used it lose their escalationPolicyId.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.escalationPolicies.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.alertRules.all }),
      ]),
  });
}
