import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck } from '@nestjs/terminus';
import { ErrorBody, LivenessReport, ReadinessReport, StartupReport } from '@vigil/types';
import { responseDto } from '../common/contract/schema-dto.js';
import { ReadinessProbeService } from './probes/readiness-probe.service.js';
import { StartupProbeService } from './probes/startup-probe.service.js';

const LiveResponse = responseDto(LivenessReport, 'LivenessReport');
const ReadyResponse = responseDto(ReadinessReport, 'ReadinessReport');
const StartupResponse = responseDto(StartupReport, 'StartupReport');
const NotReadyResponse = responseDto(ErrorBody, 'ErrorBody');

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
  @ApiOkResponse({ type: LiveResponse })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: critical dependencies usable; 503 naming each that is not' })
  @ApiOkResponse({ type: ReadyResponse })
  @ApiServiceUnavailableResponse({ type: NotReadyResponse })
  ready(): Promise<ReadinessReport> {
    return this.readiness.check();
  }

  @Get('startup')
  @ApiOperation({ summary: 'Start-up: migrations applied and every announced start-up step completed' })
  @ApiOkResponse({ type: StartupResponse })
  @ApiServiceUnavailableResponse({ type: NotReadyResponse })
  started(): Promise<StartupReport> {
    return this.startup.check();
  }
}
