import {
  ProfileAnalysis,
  ProfileAnalysisQuery,
  ProfilingSession,
  ProfilingSessionPage,
  ProfilingSessionParams,
  ProfilingSessionQuery,
  ProfilingSessionRequest,
  RecommendationReport,
  RuntimeStats,
} from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../common/contract/schema-dto.js';

export const StartSessionBody = requestDto(ProfilingSessionRequest, 'ProfilingSessionRequest');
export type StartSessionBody = z.output<typeof ProfilingSessionRequest>;
export const SessionListQuery = requestDto(ProfilingSessionQuery, 'ProfilingSessionQuery');
export type SessionListQuery = z.output<typeof ProfilingSessionQuery>;
export const AnalysisQuery = requestDto(ProfileAnalysisQuery, 'ProfileAnalysisQuery');
export type AnalysisQuery = z.output<typeof ProfileAnalysisQuery>;
export const SessionParams = requestDto(ProfilingSessionParams, 'ProfilingSessionParams');
export type SessionParams = { id: string };
export const SessionResponse = responseDto(ProfilingSession, 'ProfilingSession');
export const SessionPageResponse = responseDto(ProfilingSessionPage, 'ProfilingSessionPage');
export const AnalysisResponse = responseDto(ProfileAnalysis, 'ProfileAnalysis');
export const RuntimeStatsResponse = responseDto(RuntimeStats, 'RuntimeStats');
export const RecommendationsResponse = responseDto(RecommendationReport, 'RecommendationReport');
