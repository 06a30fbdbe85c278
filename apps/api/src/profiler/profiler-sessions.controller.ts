import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ProfileAnalysis, ProfilingSession, ProfilingSessionPage } from '@vigil/types';
import { ProfileAnalysisService } from './analysis/profile-analysis.service.js';
import { ProfileArtifactsService } from './artifacts/profile-artifacts.service.js';
import { AnalysisQuery, AnalysisResponse, SessionListQuery, SessionPageResponse, SessionParams, SessionResponse, StartSessionBody } from './profiler.dto.js';
import { ProfilingSessionsService } from './sessions/profiling-sessions.service.js';

@ApiTags('profiler')
@Controller('profiler/sessions')
export class ProfilerSessionsController {
  constructor(
    private readonly sessions: ProfilingSessionsService,
    private readonly artifacts: ProfileArtifactsService,
    private readonly analyses: ProfileAnalysisService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Start profiling this instance, or with `target` a watched service through its agent; 409 while one of the same kind runs' })
  @ApiCreatedResponse({ type: SessionResponse })
  start(@Body() body: StartSessionBody): Promise<ProfilingSession> {
    return this.sessions.start(body);
  }

  @Get()
  @ApiOperation({ summary: 'Sessions of every instance, newest first' })
  @ApiOkResponse({ type: SessionPageResponse })
  list(@Query() query: SessionListQuery): Promise<ProfilingSessionPage> {
    return this.sessions.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: SessionResponse })
  get(@Param() { id }: SessionParams): Promise<ProfilingSession> {
    return this.sessions.get(id);
  }

  @Post(':id/stop')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop early and keep the artifact; only on the instance that runs it' })
  @ApiOkResponse({ type: SessionResponse })
  stop(@Param() { id }: SessionParams): Promise<ProfilingSession> {
    return this.sessions.stop(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the session and its artifact, cancelling it if it runs' })
  @ApiNoContentResponse()
  remove(@Param() { id }: SessionParams): Promise<void> {
    return this.sessions.remove(id);
  }

  @Get(':id/artifact')
  @ApiProduces('application/json')
  @ApiOperation({ summary: 'Download the .cpuprofile, .heapsnapshot or .heapprofile' })
  artifact(@Param() { id }: SessionParams): Promise<StreamableFile> {
    return this.artifacts.download(id);
  }

  @Get(':id/analysis')
  @ApiOperation({ summary: 'Top functions and call paths (cpu) or allocation sites (heap-sampling)' })
  @ApiOkResponse({ type: AnalysisResponse })
  analysis(@Param() { id }: SessionParams, @Query() query: AnalysisQuery): Promise<ProfileAnalysis> {
    return this.analyses.analyze(id, query.top);
  }
}
