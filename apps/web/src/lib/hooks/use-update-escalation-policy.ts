import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EscalationPolicyInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useUpdateEscalationPolicy() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: EscalationPolicyInput }) => client.escalationPolicies.update(id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.escalationPolicies.all }),
  });
}
