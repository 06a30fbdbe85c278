import { useQuery } from '@tanstack/react-query';
import type { AlertRuleInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

export function useAlertRules() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alertRules.list(),
    queryFn: ({ signal }) => client.alertRules.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useCreateAlertRule() {
  return useApiMutation({
    mutationFn: (client, input: AlertRuleInput) => client.alertRules.create(input),
    invalidates: [queryKeys.alertRules.all],
  });
}

export function useUpdateAlertRule() {
  return useApiMutation({
    mutationFn: (client, { id, input }: { id: string; input: AlertRuleInput }) => client.alertRules.update(id, input),
    invalidates: [queryKeys.alertRules.all],
  });
}
