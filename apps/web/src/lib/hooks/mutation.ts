import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiClient } from '../api-client';
import { useApiClient } from '../api-client-context';

interface ApiMutationOptions<TVariables, TResult> {
  mutationFn: (client: ApiClient, variables: TVariables) => Promise<TResult>;
  /** The query keys whose answers the call changes, or a function of its variables that names them. */
  invalidates: readonly QueryKey[] | ((variables: TVariables) => readonly QueryKey[]);
}

/**
 * A write to the API that refetches what it changed. Invalidation runs on failure too: a
 * rejected write (a conflict, a row already gone) often means the list on screen is stale.
 * The returned promise keeps the mutation pending until the refetched data is in, so a
 * button stays busy until the list shows the result.
 */
export function useApiMutation<TVariables, TResult>({ mutationFn, invalidates }: ApiMutationOptions<TVariables, TResult>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(client, variables),
    onSettled: (_result, _error, variables) => {
      const keys = typeof invalidates === 'function' ? invalidates(variables) : invalidates;
      return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
