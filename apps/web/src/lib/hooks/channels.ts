import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

export function useChannels() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.channels.list(),
    queryFn: ({ signal }) => client.channels.list({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useChannelDeliveries(id: string, { enabled }: { enabled: boolean }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.channels.deliveries(id),
    queryFn: ({ signal }) => client.channels.listDeliveries(id, { signal }),
    enabled,
    refetchInterval: useRefetchInterval(),
  });
}

export function useCreateChannel() {
  return useApiMutation({
    mutationFn: (client, input: ChannelInput) => client.channels.create(input),
    invalidates: [queryKeys.channels.all],
  });
}

export function useUpdateChannel() {
  return useApiMutation({
    mutationFn: (client, { id, input }: { id: string; input: ChannelInput }) => client.channels.update(id, input),
    invalidates: [queryKeys.channels.all],
  });
}

export function useDeleteChannel() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.channels.remove(id),
    // Rules and escalation levels may have named it.
    invalidates: [queryKeys.channels.all, queryKeys.alertRules.all, queryKeys.escalationPolicies.all],
  });
}

export function useTestChannel() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.channels.test(id),
    // A test is sent directly, but the channel's delivery log may record it.
    invalidates: (id) => [queryKeys.channels.deliveries(id)],
  });
}
