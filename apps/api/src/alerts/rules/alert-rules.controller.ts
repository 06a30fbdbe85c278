import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertRule } from '@vigil/types';
import { IdParams } from '../../common/contract/id-params.js';
import { AlertRuleBody, AlertRuleResponse } from './alert-rule.dto.js';
import { AlertRulesService } from './alert-rules.service.js';

@ApiTags('alerts')
@Controller('alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  @ApiOperation({ summary: 'Every alert rule, by name' })
  @ApiOkResponse({ type: [AlertRuleResponse] })
  list(): Promise<AlertRule[]> {
    return this.rules.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a threshold, anomaly or health rule' })
  @ApiCreatedResponse({ type: AlertRuleResponse })
  create(@Body() body: AlertRuleBody): Promise<AlertRule> {
    return this.rules.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertRuleResponse })
  get(@Param() { id }: IdParams): Promise<AlertRule> {
    return this.rules.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a rule with a full AlertRuleInput' })
  @ApiOkResponse({ type: AlertRuleResponse })
  update(@Param() { id }: IdParams, @Body() body: AlertRuleBody): Promise<AlertRule> {
    return this.rules.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param() { id }: IdParams): Promise<void> {
    return this.rules.remove(id);
  }
}
