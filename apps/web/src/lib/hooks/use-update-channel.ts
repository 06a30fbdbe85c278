import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useUpdateChannel() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ChannelInput }) => client.channels.update(id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.channels.all }),
  });
}
