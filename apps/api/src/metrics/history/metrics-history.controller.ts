import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CustomMetricsAccepted, MetricCatalogEntry, MetricQueryResult } from '@vigil/types';
import { CustomMetricsService } from './custom-metrics.service.js';
import { MetricCatalogService } from './metric-catalog.service.js';
import { MetricQueryService } from './metric-query.service.js';
import { AcceptedResponse, CustomMetricsBody, MetricCatalogResponse, MetricQuery, MetricQueryResponse } from './metrics-history.dto.js';

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
  @ApiAcceptedResponse({ type: AcceptedResponse })
  ingest(@Body() body: CustomMetricsBody): Promise<CustomMetricsAccepted> {
    return this.custom.ingest(body);
  }

  @Get('query')
  @ApiOperation({ summary: 'Stored history of one metric: name, labels, from, to, step, fn' })
  @ApiOkResponse({ type: MetricQueryResponse })
  query(@Query() params: MetricQuery): Promise<MetricQueryResult> {
    return this.queries.query(params);
  }

  @Get('catalog')
  @ApiOperation({ summary: 'Every known metric: name, type, help and label keys' })
  @ApiOkResponse({ type: MetricCatalogResponse })
  list(): Promise<MetricCatalogEntry[]> {
    return this.catalog.list();
  }
}
