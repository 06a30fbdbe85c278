import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertRuleInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useUpdateAlertRule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: AlertRuleInput }) => client.alertRules.update(id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.alertRules.all }),
  });
}
