import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthHistoryPage, HealthReport, HealthUptimeReport } from '@vigil/types';
import { HealthReportService } from './health-report.service.js';
import {
  HealthHistoryResponse,
  HealthReportResponse,
  HealthUptimeResponse,
  HistoryQueryParams,
  UptimeQueryParams,
} from './health.dto.js';
import { HealthHistoryService } from './history/health-history.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly reports: HealthReportService,
    private readonly history: HealthHistoryService,
  ) {}

  @Get()
  @ApiOperation({ summary: "This instance's view of every component, overall status and 0-100 health score" })
  @ApiOkResponse({ type: HealthReportResponse })
  report(): Promise<HealthReport> {
    return this.reports.report();
  }

  @Get('history')
  @ApiOperation({ summary: 'Recorded checks, newest first: component, instance, from, to, limit' })
  @ApiOkResponse({ type: HealthHistoryResponse })
  listHistory(@Query() params: HistoryQueryParams): Promise<HealthHistoryPage> {
    return this.history.history(params);
  }

  @Get('uptime')
  @ApiOperation({ summary: 'Share of recorded checks up or degraded per component over 1h, 24h, 7d and 30d' })
  @ApiOkResponse({ type: HealthUptimeResponse })
  uptime(@Query() params: UptimeQueryParams): Promise<HealthUptimeReport> {
    return this.history.uptime(params);
  }
}
