import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PrometheusIngestService } from './prometheus-ingest.service.js';

/** Alertmanager's v2 receiving endpoint, outside `/api/v1`, so Prometheus can point at Vigil as it is. */
@ApiTags('alerts')
@Controller('api/v2/alerts')
export class PrometheusAlertsController {
  constructor(private readonly ingest: PrometheusIngestService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Alertmanager-compatible: an array of {labels, annotations, startsAt, endsAt, generatorURL}' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object' } } })
  async post(@Body() body: unknown): Promise<void> {
    await this.ingest.ingest(body);
  }
}
