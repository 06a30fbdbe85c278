import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AlertActionInput, AlertListQuery } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

interface AlertAction {
  id: string;
  input: AlertActionInput;
}

export function useAlerts(query: AlertListQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alerts.list(query),
    queryFn: ({ signal }) => client.alerts.list(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: useRefetchInterval(),
  });
}

export function useAlert(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.alerts.detail(id),
    queryFn: ({ signal }) => client.alerts.get(id, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}

// Lists and the detail view both show the status, so both actions refresh every alert key.

export function useAcknowledgeAlert() {
  return useApiMutation({
    mutationFn: (client, { id, input }: AlertAction) => client.alerts.acknowledge(id, input),
    invalidates: [queryKeys.alerts.all],
  });
}

export function useResolveAlert() {
  return useApiMutation({
    mutationFn: (client, { id, input }: AlertAction) => client.alerts.resolve(id, input),
    invalidates: [queryKeys.alerts.all],
  });
}
