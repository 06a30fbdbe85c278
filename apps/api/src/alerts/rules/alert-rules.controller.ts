import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertRule } from '@vigil/types';
import { uuidParam } from '../validation/uuid-param.js';
import { AlertRulesService } from './alert-rules.service.js';

@ApiTags('alerts')
@Controller('alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  @ApiOperation({ summary: 'Every alert rule, by name' })
  list(): Promise<AlertRule[]> {
    return this.rules.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a threshold, anomaly or health rule (AlertRuleInput)' })
  @ApiBody({ schema: { type: 'object' } })
  create(@Body() body: unknown): Promise<AlertRule> {
    return this.rules.create(body);
  }

  @Get(':id')
  get(@Param('id', uuidParam) ruleId: string): Promise<AlertRule> {
    return this.rules.get(ruleId);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a rule with a full AlertRuleInput' })
  @ApiBody({ schema: { type: 'object' } })
  update(@Param('id', uuidParam) ruleId: string, @Body() body: unknown): Promise<AlertRule> {
    return this.rules.update(ruleId, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuidParam) ruleId: string): Promise<void> {
    return this.rules.remove(ruleId);
  }
}
