import { Injectable } from '@nestjs/common';
import {
  isSettingKey,
  parseWith,
  settingValueSchema,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type Setting,
  type SettingKey,
  type SettingValue,
} from '@vigil/types';
import { Clock } from '../common/clock.js';
import { NotFound, ValidationFailed } from '../common/errors/app-error.js';
import type { SettingEntity } from './entities/setting.entity.js';
import { SettingsRepository } from './settings.repository.js';

@Injectable()
export class SettingsService {
  constructor(
    private readonly repository: SettingsRepository,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<Setting[]> {
    const rows = new Map((await this.repository.findAll()).map((row) => [row.key, row]));
    return SETTING_KEYS.map((key) => this.toSetting(key, rows.get(key)));
  }

  async get(key: string): Promise<Setting> {
    const known = this.knownKey(key);
    return this.toSetting(known, (await this.repository.findByKey(known)) ?? undefined);
  }

  /** The body's shape is the schema's; what the value must be depends on the key, so it is checked here. */
  async update(key: string, value: SettingValue): Promise<Setting> {
    const known = this.knownKey(key);
    const parsed = parseWith(settingValueSchema(SETTING_DEFINITIONS[known]), value, 'value');
    if (!parsed.ok) throw new ValidationFailed(parsed.problems);
    const row = await this.repository.upsert(known, value, this.clock.now());
    return this.toSetting(known, row);
  }

  /** Back to the default: the row goes, so a later default change applies. */
  async reset(key: string): Promise<Setting> {
    const known = this.knownKey(key);
    await this.repository.delete(known);
    return this.toSetting(known, undefined);
  }

  private knownKey(key: string): SettingKey {
    if (!isSettingKey(key)) throw new NotFound('setting', key);
    return key;
  }

  private toSetting(key: SettingKey, row: SettingEntity | undefined): Setting {
    const definition = SETTING_DEFINITIONS[key];
    return {
      key,
      value: row ? row.value : definition.default,
      isDefault: row === undefined,
      updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
      definition,
    };
  }
}
