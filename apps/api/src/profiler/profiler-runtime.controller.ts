import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecommendationsResponse, RuntimeStatsResponse } from './profiler.dto.js';
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
  @ApiOkResponse({ type: RuntimeStatsResponse })
  stats(): RuntimeStats {
    return this.runtime.collect();
  }

  @Get('recommendations')
  @ApiOperation({ summary: 'What to look at, from runtime figures and the latest profiles, with evidence' })
  @ApiOkResponse({ type: RecommendationsResponse })
  advise(): Promise<RecommendationReport> {
    return this.recommendations.report();
  }
}
