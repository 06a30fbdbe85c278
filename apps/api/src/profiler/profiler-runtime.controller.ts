import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecommendationReport, RuntimeStats } from '@vigil/types';
import { RecommendationsService } from './recommendations/recommendations.service.js';
import { RuntimeStatsService } from './runtime/runtime-stats.service.js';

@ApiTags('profiler')
@Controller('profiler')
export class ProfilerRuntimeController {
  constructor(
    private readonly runtime: RuntimeStatsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  @Get('runtime')
  @ApiOperation({ summary: 'Event loop, GC, heap, active resources and leak report of this instance' })
  stats(): RuntimeStats {
    return this.runtime.collect();
  }

  @Get('recommendations')
  @ApiOperation({ summary: 'What to look at, from runtime figures and the latest profiles, with evidence' })
  advise(): Promise<RecommendationReport> {
    return this.recommendations.report();
  }
}
