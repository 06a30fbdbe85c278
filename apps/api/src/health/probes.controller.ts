import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { LivenessReport, ReadinessReport } from '@vigil/types';
import { CacheIndicator } from './indicators/cache.indicator.js';
import { DatabaseIndicator } from './indicators/database.indicator.js';
import { toReadinessReport } from './probe-report.mapper.js';
import { ShutdownState } from './shutdown-state.js';

/** Kubernetes probes; outside the /api/v1 prefix and unauthenticated. */
@ApiTags('probes')
@Controller('health')
export class ProbesController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseIndicator,
    private readonly cache: CacheIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process can serve. Never checks dependencies.' })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: database and cache usable; 503 naming what is not' })
  async ready(): Promise<ReadinessReport> {
    if (this.shutdown.isShuttingDown) {
      throw new ServiceUnavailableException('not ready: shutting down');
    }
    const result = await this.health.check([() => this.database.check(), () => this.cache.check()]);
    return toReadinessReport(result);
  }
}
