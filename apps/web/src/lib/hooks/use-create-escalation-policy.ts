import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EscalationPolicyInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useCreateEscalationPolicy() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EscalationPolicyInput) => client.escalationPolicies.create(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.escalationPolicies.all }),
  });
}
