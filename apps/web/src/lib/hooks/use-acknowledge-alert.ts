import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertActionInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useAcknowledgeAlert() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: AlertActionInput }) => client.alerts.acknowledge(id, input),
    // Lists and the detail view both show the status.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
  });
}
