import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck } from '@nestjs/terminus';
import type { LivenessReport, ReadinessReport, StartupReport } from '@vigil/types';
import { ReadinessProbeService } from './probes/readiness-probe.service.js';
import { StartupProbeService } from './probes/startup-probe.service.js';

/** Kubernetes probes; outside the /api/v1 prefix and unauthenticated. */
@ApiTags('probes')
@Controller('health')
export class ProbesController {
  constructor(
    private readonly readiness: ReadinessProbeService,
    private readonly startup: StartupProbeService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process can serve. Never checks dependencies.' })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: critical dependencies usable; 503 naming each that is not' })
  ready(): Promise<ReadinessReport> {
    return this.readiness.check();
  }

  @Get('startup')
  @ApiOperation({ summary: 'Start-up: migrations applied and every announced start-up step completed' })
  started(): Promise<StartupReport> {
    return this.startup.check();
  }
}
