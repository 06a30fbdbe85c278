import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Setting } from '@vigil/types';
import { UpdateSettingDto } from './dto/update-setting.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('config')
@Controller('config')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Every runtime setting with its current value and definition' })
  list(): Promise<Setting[]> {
    return this.settings.list();
  }

  @Get(':key')
  get(@Param('key') key: string): Promise<Setting> {
    return this.settings.get(key);
  }

  @Put(':key')
  @ApiOperation({ summary: 'Override a setting; the value is checked against its definition' })
  update(@Param('key') key: string, @Body() body: UpdateSettingDto): Promise<Setting> {
    return this.settings.update(key, body.value);
  }

  @Delete(':key')
  @ApiOperation({ summary: 'Reset a setting to its default' })
  reset(@Param('key') key: string): Promise<Setting> {
    return this.settings.reset(key);
  }
}
