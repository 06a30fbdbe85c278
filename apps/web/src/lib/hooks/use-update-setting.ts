import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingKey, SettingValue } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';

export function useUpdateSetting() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: { key: SettingKey; value: SettingValue }) => client.settings.update(key, value),
    // Returning the promise keeps the mutation pending until the list shows the new value.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings.all }),
  });
}
