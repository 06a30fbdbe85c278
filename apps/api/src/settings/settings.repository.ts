import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SettingKey, SettingValue } from '@vigil/types';
import type { Repository } from 'typeorm';
import { SettingEntity } from './entities/setting.entity.js';

/** Every query on `monitoring_config`. The table holds at most one row per catalogue key. */
@Injectable()
export class SettingsRepository {
  constructor(@InjectRepository(SettingEntity) private readonly rows: Repository<SettingEntity>) {}

  findAll(): Promise<SettingEntity[]> {
    return this.rows.find();
  }

  findByKey(key: SettingKey): Promise<SettingEntity | null> {
    return this.rows.findOneBy({ key });
  }

  async upsert(key: SettingKey, value: SettingValue, at: Date): Promise<SettingEntity> {
    const [row] = await this.rows.query(
      `INSERT INTO monitoring_config (key, value, updated_at) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
       RETURNING key, value, updated_at AS "updatedAt"`,
      [key, JSON.stringify(value), at],
    );
    return row as SettingEntity;
  }

  async delete(key: SettingKey): Promise<void> {
    await this.rows.delete({ key });
  }
}
