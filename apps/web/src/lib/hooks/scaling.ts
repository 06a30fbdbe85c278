import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AutoScalingInput, ScalingEventsQuery, ScalingRecommendationInput, ServiceScalingPolicyInput } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefetchInterval } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

export function useScalingServices() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.scaling.services(),
    queryFn: ({ signal }) => client.scaling.listServices({ signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useScalingPolicy(service: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.scaling.policy(service),
    queryFn: ({ signal }) => client.scaling.getPolicy(service, { signal }),
    refetchInterval: useRefetchInterval(),
  });
}

export function useScalingEvents(query: ScalingEventsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.scaling.events(query),
    queryFn: ({ signal }) => client.scaling.listEvents(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: useRefetchInterval(),
  });
}

// A policy's bounds and toggle show in the services' status too, so both writes refresh every scaling key.

export function useUpdateScalingPolicy() {
  return useApiMutation({
    mutationFn: (client, { service, input }: { service: string; input: ServiceScalingPolicyInput }) => client.scaling.updatePolicy(service, input),
    invalidates: [queryKeys.scaling.all],
  });
}

export function useSetAutoScaling() {
  return useApiMutation({
    mutationFn: (client, input: AutoScalingInput) => client.scaling.setAutoScaling(input),
    invalidates: [queryKeys.scaling.all],
  });
}

/** Stateless on the API's side: the answer is the mutation's data, and nothing on screen goes stale. */
export function useScalingRecommendation() {
  return useApiMutation({
    mutationFn: (client, input: ScalingRecommendationInput) => client.scaling.recommend(input),
    invalidates: [],
  });
}
