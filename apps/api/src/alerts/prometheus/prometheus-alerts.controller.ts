import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PrometheusAlertsBody } from './prometheus-alert.dto.js';
import { PrometheusIngestService } from './prometheus-ingest.service.js';

/** Alertmanager's v2 receiving endpoint, outside `/api/v1`, so Prometheus can point at Vigil as it is. */
@ApiTags('alerts')
@Controller('api/v2/alerts')
export class PrometheusAlertsController {
  constructor(private readonly ingest: PrometheusIngestService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Alertmanager-compatible: an array of {labels, annotations, startsAt, endsAt, generatorURL}' })
  @ApiOkResponse({ description: 'Every alert accepted' })
  async post(@Body() body: PrometheusAlertsBody): Promise<void> {
    await this.ingest.ingest(body);
  }
}
