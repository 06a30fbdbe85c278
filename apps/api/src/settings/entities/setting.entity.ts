import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SettingValue } from '@vigil/types';

/** One overridden runtime setting; keys without a row use their catalogue default. */
@Entity({ name: 'monitoring_config' })
export class SettingEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: SettingValue;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
