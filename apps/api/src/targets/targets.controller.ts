import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgentHeartbeatAnswer, ScrapeTarget } from '@vigil/types';
import { IdParams } from '../common/contract/id-params.js';
import { AgentTokenGuard } from './registry/agent-token.guard.js';
import { TargetsService } from './registry/targets.service.js';
import { HeartbeatBody, HeartbeatResponse, TargetBody, TargetResponse, TargetsQueryDto } from './targets.dto.js';

@ApiTags('targets')
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @ApiOperation({ summary: 'Every scrape target with its health, last scrape, duration, samples and last error' })
  @ApiOkResponse({ type: [TargetResponse] })
  list(@Query() query: TargetsQueryDto): Promise<ScrapeTarget[]> {
    return this.targets.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TargetResponse })
  get(@Param() { id }: IdParams): Promise<ScrapeTarget> {
    return this.targets.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Add a target to scrape (instance defaults to host:port of the URL)' })
  @ApiCreatedResponse({ type: TargetResponse })
  create(@Body() body: TargetBody): Promise<ScrapeTarget> {
    return this.targets.create(body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a target added through the API (configured, registered and discovered ones are read-only)' })
  @ApiOkResponse({ type: TargetResponse })
  update(@Param() { id }: IdParams, @Body() body: TargetBody): Promise<ScrapeTarget> {
    return this.targets.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: "Forget a target (an agent's next heartbeat registers it again)" })
  remove(@Param() { id }: IdParams): Promise<void> {
    return this.targets.remove(id);
  }

  @Post('heartbeat')
  @HttpCode(200)
  @UseGuards(AgentTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: "An agent's heartbeat: registers or refreshes its target (needs the agent token)" })
  @ApiOkResponse({ type: HeartbeatResponse })
  heartbeat(@Body() body: HeartbeatBody): Promise<AgentHeartbeatAnswer> {
    return this.targets.heartbeat(body);
  }
}
