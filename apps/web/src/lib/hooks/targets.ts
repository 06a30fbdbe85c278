import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ScrapeTargetInput, TargetsQuery } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useRefresh } from '../refresh/refresh-context';
import { useApiMutation } from './mutation';

/** Scrapes run every few seconds, so health is re-read faster than the page's other figures. */
export const TARGETS_REFETCH_MS = 5_000;

/** Every 5 s, unless this browser turned auto-refresh off. */
function useTargetsRefetchInterval(): number | false {
  return useRefresh().seconds > 0 ? TARGETS_REFETCH_MS : false;
}

/** Kept on screen while another filter loads, so the table does not blink out. */
export function useTargets(query: TargetsQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.targets.list(query),
    queryFn: ({ signal }) => client.targets.list(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: useTargetsRefetchInterval(),
  });
}

export function useTarget(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.targets.detail(id),
    queryFn: ({ signal }) => client.targets.get(id, { signal }),
    refetchInterval: useTargetsRefetchInterval(),
  });
}

export function useCreateTarget() {
  return useApiMutation({
    mutationFn: (client, input: ScrapeTargetInput) => client.targets.create(input),
    invalidates: [queryKeys.targets.all],
  });
}

export function useDeleteTarget() {
  return useApiMutation({
    mutationFn: (client, id: string) => client.targets.remove(id),
    invalidates: [queryKeys.targets.all],
  });
}
