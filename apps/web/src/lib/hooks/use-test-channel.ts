import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useTestChannel() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.channels.test(id),
    // A test is sent directly, but the channel's delivery log may record it.
    onSettled: (_result, _error, id) => queryClient.invalidateQueries({ queryKey: queryKeys.channels.deliveries(id) }),
  });
}
