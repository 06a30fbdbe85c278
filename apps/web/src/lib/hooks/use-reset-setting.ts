import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingKey } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useResetSetting() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: SettingKey) => client.settings.reset(key),
    // Returning the promise keeps the mutation pending until the list shows the default.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings.all }),
  });
}
