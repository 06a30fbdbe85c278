import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SilenceInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useCreateSilence() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SilenceInput) => client.silences.create(input),
    // Alerts carry `silencedBy`, so they change too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.silences.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all }),
      ]),
  });
}
