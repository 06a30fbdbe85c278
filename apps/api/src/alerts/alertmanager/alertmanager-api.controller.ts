import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AlertGroup, AlertmanagerReceiver, AlertmanagerStatus, GettableAlert, GettableSilence, PostSilenceAnswer } from '@vigil/types';
import {
  AlertGroupsResponse,
  AlertmanagerAlertsParams,
  AlertmanagerReceiversResponse,
  AlertmanagerSilencesParams,
  AlertmanagerStatusResponse,
  GettableAlertsResponse,
  GettableSilenceResponse,
  GettableSilencesResponse,
  PostableSilenceBody,
  PostSilenceResponse,
  SilenceIdPath,
} from './alertmanager.dto.js';
import { AlertmanagerApiService } from './alertmanager-api.service.js';

/**
 * The rest of Alertmanager's API v2 (POST /api/v2/alerts is PrometheusAlertsController),
 * outside `/api/v1`, so amtool and Grafana's Alertmanager data source can point at Vigil.
 * Errors take Alertmanager's shape (a JSON string; see HttpErrorFilter), so those clients show the message.
 */
@ApiTags('alertmanager')
@Controller('api/v2')
export class AlertmanagerApiController {
  constructor(private readonly api: AlertmanagerApiService) {}

  @Get('alerts')
  @ApiOperation({ summary: 'Alertmanager-compatible: firing alerts; active, silenced, inhibited, unprocessed (default true), filter (repeatable matchers), receiver (regex)' })
  @ApiOkResponse({ type: GettableAlertsResponse })
  alerts(@Query() query: AlertmanagerAlertsParams): Promise<GettableAlert[]> {
    return this.api.listAlerts(query);
  }

  @Get('alerts/groups')
  @ApiOperation({ summary: 'Alertmanager-compatible: firing alerts grouped per receiver and grouping labels' })
  @ApiOkResponse({ type: AlertGroupsResponse })
  groups(@Query() query: AlertmanagerAlertsParams): Promise<AlertGroup[]> {
    return this.api.groups(query);
  }

  @Get('silences')
  @ApiOperation({ summary: 'Alertmanager-compatible: silences (the same as /api/v1/silences), filter (repeatable matchers)' })
  @ApiOkResponse({ type: GettableSilencesResponse })
  silences(@Query() query: AlertmanagerSilencesParams): Promise<GettableSilence[]> {
    return this.api.listSilences(query);
  }

  @Post('silences')
  @HttpCode(200)
  @ApiOperation({ summary: 'Alertmanager-compatible: create a silence, or update the one `id` names' })
  @ApiOkResponse({ type: PostSilenceResponse })
  postSilence(@Body() body: PostableSilenceBody): Promise<PostSilenceAnswer> {
    return this.api.postSilence(body);
  }

  @Get('silence/:silenceID')
  @ApiOkResponse({ type: GettableSilenceResponse })
  silence(@Param() { silenceID }: SilenceIdPath): Promise<GettableSilence> {
    return this.api.getSilence(silenceID);
  }

  @Delete('silence/:silenceID')
  @HttpCode(200)
  @ApiOperation({ summary: 'Alertmanager-compatible: expire the silence now' })
  @ApiOkResponse({ description: 'Expired' })
  async expireSilence(@Param() { silenceID }: SilenceIdPath): Promise<void> {
    await this.api.expireSilence(silenceID);
  }

  @Get('status')
  @ApiOperation({ summary: 'Alertmanager-compatible: cluster, version, uptime and the configuration as Alertmanager YAML' })
  @ApiOkResponse({ type: AlertmanagerStatusResponse })
  status(): Promise<AlertmanagerStatus> {
    return this.api.status();
  }

  @Get('receivers')
  @ApiOkResponse({ type: AlertmanagerReceiversResponse })
  receivers(): Promise<AlertmanagerReceiver[]> {
    return this.api.receivers();
  }
}
