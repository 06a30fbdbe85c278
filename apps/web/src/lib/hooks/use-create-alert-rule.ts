import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertRuleInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useCreateAlertRule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AlertRuleInput) => client.alertRules.create(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.alertRules.all }),
  });
}
