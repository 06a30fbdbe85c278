import { useQuery } from '@tanstack/react-query';
import type { SettingKey, SettingValue } from '@vigil/types';
import { useApiClient } from '../api-client-context';
import { queryKeys } from '../query-keys';
import { useApiMutation } from './mutation';

// Not polled: the refresh provider takes its interval from these settings, so it sits below no interval to poll with.
export function useSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.settings.list(),
    queryFn: ({ signal }) => client.settings.list({ signal }),
  });
}

export function useUpdateSetting() {
  return useApiMutation({
    mutationFn: (client, { key, value }: { key: SettingKey; value: SettingValue }) => client.settings.update(key, value),
    invalidates: [queryKeys.settings.all],
  });
}

export function useResetSetting() {
  return useApiMutation({
    mutationFn: (client, key: SettingKey) => client.settings.reset(key),
    invalidates: [queryKeys.settings.all],
  });
}
