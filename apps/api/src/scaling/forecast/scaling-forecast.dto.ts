import { ScalingForecast, ScalingForecastQuery, type ScalingForecastSpec } from '@vigil/types';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const ForecastQuery = requestDto(ScalingForecastQuery, 'ScalingForecastQuery');
export type ForecastQuery = ScalingForecastSpec;
export const ForecastResponse = responseDto(ScalingForecast, 'ScalingForecast');
