import { ScalingSimulation, ScalingSimulationInput, type ScalingSimulationSpec } from '@vigil/types';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const SimulationBody = requestDto(ScalingSimulationInput, 'ScalingSimulationInput');
export type SimulationBody = ScalingSimulationSpec;
export const SimulationResponse = responseDto(ScalingSimulation, 'ScalingSimulation');
