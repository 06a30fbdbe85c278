import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoadBalancerView } from '@vigil/types';
import { LoadBalancerQueryDto, LoadBalancerResponse } from './load-balancer.dto.js';
import { LoadBalancerService } from './load-balancer.service.js';

@ApiTags('scaling')
@Controller('scaling')
export class LoadBalancerController {
  constructor(private readonly balancer: LoadBalancerService) {}

  @Get('load-balancer')
  @ApiOperation({ summary: "Each instance's share of the requests, p95, error rate and readiness, the imbalance, and the instances flagged" })
  @ApiOkResponse({ type: LoadBalancerResponse })
  view(@Query() query: LoadBalancerQueryDto): Promise<LoadBalancerView> {
    return this.balancer.view(query);
  }
}
