import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScalingSimulation } from '@vigil/types';
import { SimulationBody, SimulationResponse } from './scaling-simulation.dto.js';
import { ScalingSimulationService } from './scaling-simulation.service.js';

@ApiTags('scaling')
@Controller('scaling')
export class ScalingSimulationController {
  constructor(private readonly simulation: ScalingSimulationService) {}

  @Post('simulate')
  @HttpCode(200)
  @ApiOperation({ summary: "Replay a service's stored metrics through the HPA algorithm with its current and a proposed policy" })
  @ApiOkResponse({ type: SimulationResponse })
  simulate(@Body() body: SimulationBody): Promise<ScalingSimulation> {
    return this.simulation.simulate(body);
  }
}
