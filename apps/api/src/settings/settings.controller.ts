import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Setting } from '@vigil/types';
import { SettingParams, SettingResponse, SettingUpdateBody } from './settings.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('config')
@Controller('config')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Every runtime setting with its current value and definition' })
  @ApiOkResponse({ type: [SettingResponse] })
  list(): Promise<Setting[]> {
    return this.settings.list();
  }

  @Get(':key')
  @ApiOkResponse({ type: SettingResponse })
  get(@Param() { key }: SettingParams): Promise<Setting> {
    return this.settings.get(key);
  }

  @Put(':key')
  @ApiOperation({ summary: 'Override a setting; the value is checked against its definition' })
  @ApiOkResponse({ type: SettingResponse })
  update(@Param() { key }: SettingParams, @Body() body: SettingUpdateBody): Promise<Setting> {
    return this.settings.update(key, body.value);
  }

  @Delete(':key')
  @ApiOperation({ summary: 'Reset a setting to its default' })
  @ApiOkResponse({ type: SettingResponse })
  reset(@Param() { key }: SettingParams): Promise<Setting> {
    return this.settings.reset(key);
  }
}
