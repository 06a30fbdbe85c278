import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CustomMetricsAccepted, MetricCatalogEntry, MetricQueryParams, MetricQueryResult } from '@vigil/types';
import { CustomMetricsService } from './custom-metrics.service.js';
import { MetricCatalogService } from './metric-catalog.service.js';
import { MetricQueryService } from './metric-query.service.js';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsHistoryController {
  constructor(
    private readonly custom: CustomMetricsService,
    private readonly queries: MetricQueryService,
    private readonly catalog: MetricCatalogService,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Push custom samples: a JSON array of {name, type, value, labels?, timestamp?}' })
  @ApiBody({ schema: { type: 'array', items: { type: 'object' } } })
  ingest(@Body() body: unknown): Promise<CustomMetricsAccepted> {
    return this.custom.ingest(body);
  }

  @Get('query')
  @ApiOperation({ summary: 'Stored history of one metric: name, labels, from, to, step, fn' })
  query(@Query() params: MetricQueryParams): Promise<MetricQueryResult> {
    return this.queries.query(params);
  }

  @Get('catalog')
  @ApiOperation({ summary: 'Every known metric: name, type, help and label keys' })
  list(): Promise<MetricCatalogEntry[]> {
    return this.catalog.list();
  }
}
