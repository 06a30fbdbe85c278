import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertDetail, AlertSummary, Page } from '@vigil/types';
import { IdParams } from '../../common/contract/id-params.js';
import { AlertActionBody, AlertDetailResponse, AlertListParams, AlertPageResponse } from './alert.dto.js';
import { AlertsService } from './alerts.service.js';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Alerts, newest first: status (comma-separated), severity, ruleId, from, to, page, pageSize' })
  @ApiOkResponse({ type: AlertPageResponse })
  list(@Query() query: AlertListParams): Promise<Page<AlertSummary>> {
    return this.alerts.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One alert with its event timeline and the values that made it fire' })
  @ApiOkResponse({ type: AlertDetailResponse })
  get(@Param() { id }: IdParams): Promise<AlertDetail> {
    return this.alerts.get(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge a firing alert {note?, actor?}: stops escalation' })
  @ApiOkResponse({ type: AlertDetailResponse })
  acknowledge(@Param() { id }: IdParams, @Body() body: AlertActionBody): Promise<AlertDetail> {
    return this.alerts.acknowledge(id, body);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve an open alert by hand {note?, actor?}' })
  @ApiOkResponse({ type: AlertDetailResponse })
  resolve(@Param() { id }: IdParams, @Body() body: AlertActionBody): Promise<AlertDetail> {
    return this.alerts.resolve(id, body);
  }
}
