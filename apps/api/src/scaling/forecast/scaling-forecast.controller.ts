import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScalingForecast } from '@vigil/types';
import { ForecastQuery, ForecastResponse } from './scaling-forecast.dto.js';
import { ScalingForecastService } from './scaling-forecast.service.js';

@ApiTags('scaling')
@Controller('scaling')
export class ScalingForecastController {
  constructor(private readonly forecasts: ScalingForecastService) {}

  @Get('forecast')
  @ApiOperation({ summary: "Forecast a service's stored metric per instance: a linear fit and Holt's smoothing, and when each crosses a threshold" })
  @ApiOkResponse({ type: ForecastResponse })
  forecast(@Query() query: ForecastQuery): Promise<ScalingForecast> {
    return this.forecasts.forecast(query);
  }
}
