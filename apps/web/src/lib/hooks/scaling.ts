import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AutoScalingInput,
  LoadBalancerQuery,
  ScalingEventsQuery,
  ScalingForecastQuery,
  ScalingRecommendationInput,
  ScalingSimulationInput,
  ServiceScalingPolicyInput,
} from '@vigil/types';
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

/** Kept on screen while another window loads, so the table does not blink out on a change of window. */
export function useLoadBalancer(query: LoadBalancerQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.scaling.loadBalancer(query),
    queryFn: ({ signal }) => client.scaling.getLoadBalancer(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: useRefetchInterval(),
  });
}

/**
 * Keyed by every parameter, so each choice of metric, window, horizon or threshold is its
 * own answer; the last one stays on screen while the next loads. Refreshed with the page,
 * as new history moves the fit and the crossing.
 */
export function useScalingForecast(query: ScalingForecastQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.scaling.forecast(query),
    queryFn: ({ signal }) => client.scaling.getForecast(query, { signal }),
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

/** A replay of the past: nothing is stored, so nothing on screen goes stale. */
export function useScalingSimulation() {
  return useApiMutation({
    mutationFn: (client, input: ScalingSimulationInput) => client.scaling.simulate(input),
    invalidates: [],
  });
}
