import { Setting, type SettingKey, type SettingUpdate, type SettingValue } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class SettingsApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<Setting[]> {
    return this.http.call('GET', API_PATHS.config, Setting.array(), options);
  }

  update(key: SettingKey, value: SettingValue): Promise<Setting> {
    const update: SettingUpdate = { value };
    return this.http.call('PUT', itemPath(API_PATHS.config, key), Setting, { body: update });
  }

  reset(key: SettingKey): Promise<Setting> {
    return this.http.call('DELETE', itemPath(API_PATHS.config, key), Setting);
  }
}
