import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertDetail, AlertListQuery, AlertSummary, Page } from '@vigil/types';
import { uuidParam } from '../validation/uuid-param.js';
import { AlertsService } from './alerts.service.js';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Alerts, newest first: status (comma-separated), severity, ruleId, from, to, page, pageSize' })
  list(@Query() query: AlertListQuery): Promise<Page<AlertSummary>> {
    return this.alerts.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One alert with its event timeline and the values that made it fire' })
  get(@Param('id', uuidParam) id: string): Promise<AlertDetail> {
    return this.alerts.get(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge a firing alert {note?, actor?}: stops escalation' })
  @ApiBody({ required: false, schema: { type: 'object', properties: { note: { type: 'string' }, actor: { type: 'string' } } } })
  acknowledge(@Param('id', uuidParam) id: string, @Body() body: unknown): Promise<AlertDetail> {
    return this.alerts.acknowledge(id, body);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve an open alert by hand {note?, actor?}' })
  @ApiBody({ required: false, schema: { type: 'object', properties: { note: { type: 'string' }, actor: { type: 'string' } } } })
  resolve(@Param('id', uuidParam) id: string, @Body() body: unknown): Promise<AlertDetail> {
    return this.alerts.resolve(id, body);
  }
}
