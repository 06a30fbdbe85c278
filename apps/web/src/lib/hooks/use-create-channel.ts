import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useCreateChannel() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput) => client.channels.create(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.channels.all }),
  });
}
