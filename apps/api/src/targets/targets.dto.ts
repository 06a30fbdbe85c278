import {
  AgentHeartbeat,
  AgentHeartbeatAnswer,
  ScrapeTarget,
  ScrapeTargetInput,
  TargetsQuery,
  type ScrapeTargetSpec,
  type TargetsQuery as TargetsQueryType,
} from '@vigil/types';
import { requestDto, responseDto } from '../common/contract/schema-dto.js';

export const TargetBody = requestDto(ScrapeTargetInput, 'ScrapeTargetInput');
export type TargetBody = ScrapeTargetSpec;
export const TargetsQueryDto = requestDto(TargetsQuery, 'TargetsQuery');
export type TargetsQueryDto = TargetsQueryType;
export const TargetResponse = responseDto(ScrapeTarget, 'ScrapeTarget');
export const HeartbeatBody = requestDto(AgentHeartbeat, 'AgentHeartbeat');
export type HeartbeatBody = AgentHeartbeat;
export const HeartbeatResponse = responseDto(AgentHeartbeatAnswer, 'AgentHeartbeatAnswer');
