import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type {
  HealthHistoryPage,
  HealthHistoryParams,
  HealthReport,
  HealthUptimeParams,
  HealthUptimeReport,
} from '@vigil/types';
import { HealthReportService } from './health-report.service.js';
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
  report(): Promise<HealthReport> {
    return this.reports.report();
  }

  @Get('history')
  @ApiOperation({ summary: 'Recorded checks, newest first: component, instance, from, to, limit' })
  @ApiQuery({ name: 'component', required: false })
  @ApiQuery({ name: 'instance', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'RFC 3339 or Unix ms; default 24 h before to' })
  @ApiQuery({ name: 'to', required: false, description: 'RFC 3339 or Unix ms; default now' })
  @ApiQuery({ name: 'limit', required: false, description: '1-5000, default 1000' })
  listHistory(@Query() params: HealthHistoryParams): Promise<HealthHistoryPage> {
    return this.history.history(params);
  }

  @Get('uptime')
  @ApiOperation({ summary: 'Share of recorded checks up or degraded per component over 1h, 24h, 7d and 30d' })
  @ApiQuery({ name: 'component', required: false })
  @ApiQuery({ name: 'instance', required: false })
  uptime(@Query() params: HealthUptimeParams): Promise<HealthUptimeReport> {
    return this.history.uptime(params);
  }
}
