import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScalingDecision, ScalingRecommendation, ScalingServiceStatus, ServiceScalingPolicy } from '@vigil/types';
import { ScalingService } from './scaling.service.js';
import {
  AutoScalingBody,
  DecisionResponse,
  EventsQuery,
  PolicyBody,
  PolicyResponse,
  RecommendBody,
  RecommendResponse,
  ServiceParamsDto,
  ServiceStatusResponse,
} from './scaling.dto.js';

@ApiTags('scaling')
@Controller('scaling')
export class ScalingController {
  constructor(private readonly scaling: ScalingService) {}

  @Get('services')
  @ApiOperation({ summary: 'Per service: current and desired replicas, each metric against its target, the deciding metric and the limiting reason' })
  @ApiOkResponse({ type: [ServiceStatusResponse] })
  services(): Promise<ScalingServiceStatus[]> {
    return this.scaling.services();
  }

  @Get('policies/:service')
  @ApiOkResponse({ type: PolicyResponse })
  policy(@Param() { service }: ServiceParamsDto): Promise<ServiceScalingPolicy> {
    return this.scaling.policy(service);
  }

  @Put('policies/:service')
  @ApiOperation({ summary: "Replace the service's policy: replica bounds, HPA behavior, and per metric a source, target and tolerances" })
  @ApiOkResponse({ type: PolicyResponse })
  putPolicy(@Param() { service }: ServiceParamsDto, @Body() body: PolicyBody): Promise<ServiceScalingPolicy> {
    return this.scaling.putPolicy(service, body);
  }

  @Post('auto-scaling')
  @HttpCode(200)
  @ApiOperation({ summary: "Turn a service's auto-scaling on or off" })
  @ApiOkResponse({ type: PolicyResponse })
  autoScaling(@Body() body: AutoScalingBody): Promise<ServiceScalingPolicy> {
    return this.scaling.setAutoScaling(body.service, body.enabled);
  }

  @Post('recommend')
  @HttpCode(200)
  @ApiOperation({ summary: 'The replica count the Kubernetes HPA would set for the numbers given (stateless)' })
  @ApiOkResponse({ type: RecommendResponse })
  recommend(@Body() body: RecommendBody): ScalingRecommendation {
    return this.scaling.recommend(body);
  }

  @Get('events')
  @ApiOperation({ summary: 'The decision log: each change of a service’s desired count, newest first' })
  @ApiOkResponse({ type: [DecisionResponse] })
  events(@Query() query: EventsQuery): Promise<ScalingDecision[]> {
    return this.scaling.decisions(query.service, query.limit);
  }
}
