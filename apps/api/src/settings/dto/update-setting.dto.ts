import { ApiProperty } from '@nestjs/swagger';
import type { SettingUpdate, SettingValue } from '@vigil/types';
import { IsDefined } from 'class-validator';

/** The value's type and bounds depend on the key; SettingsService checks them. */
export class UpdateSettingDto implements SettingUpdate {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] })
  @IsDefined()
  value: SettingValue;
}
