import { useQuery } from '@tanstack/react-query';
import type { EscalationPolicyInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

export function useEscalationPolicies() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.escalationPolicies.list(),
    queryFn: ({ signal }) => client.escalationPolicies.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useCreateEscalationPolicy() {
  return useApiMutation({
    mutationFn: (client, input: EscalationPolicyInput) => client.escalationPolicies.create(input),
    invalidates: [queryKeys.escalationPolicies.all],
  });
}

export function useUpdateEscalationPolicy() {
  return useApiMutation({
    mutationFn: (client, { id, input }: { id: string; input: EscalationPolicyInput }) => client.escalationPolicies.update(id, input),
    invalidates: [queryKeys.escalationPolicies.all],
  });
}

export function useDeleteEscalationPolicy() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.escalationPolicies.remove(id),
    // Rules that used it lose their escalationPolicyId.
    invalidates: [queryKeys.escalationPolicies.all, queryKeys.alertRules.all],
  });
}
