import {
  AutoScalingInput,
  ScalingDecision,
  ScalingEventsQuery,
  ScalingRecommendation,
  ScalingRecommendationInput,
  ScalingServiceStatus,
  ServiceParams,
  ServiceScalingPolicy,
  ServiceScalingPolicyInput,
  type ScalingRecommendationSpec,
  type ServiceScalingPolicySpec,
} from '@vigil/types';
import { requestDto, responseDto } from '../common/contract/schema-dto.js';

export const RecommendBody = requestDto(ScalingRecommendationInput, 'ScalingRecommendationInput');
export type RecommendBody = ScalingRecommendationSpec;
export const RecommendResponse = responseDto(ScalingRecommendation, 'ScalingRecommendation');

export const ServiceParamsDto = requestDto(ServiceParams, 'ServiceParams');
export type ServiceParamsDto = ServiceParams;
export const PolicyBody = requestDto(ServiceScalingPolicyInput, 'ServiceScalingPolicyInput');
export type PolicyBody = ServiceScalingPolicySpec;
export const PolicyResponse = responseDto(ServiceScalingPolicy, 'ServiceScalingPolicy');
export const AutoScalingBody = requestDto(AutoScalingInput, 'AutoScalingInput');
export type AutoScalingBody = AutoScalingInput;

export const ServiceStatusResponse = responseDto(ScalingServiceStatus, 'ScalingServiceStatus');
export const EventsQuery = requestDto(ScalingEventsQuery, 'ScalingEventsQuery');
export type EventsQuery = ScalingEventsQuery;
export const DecisionResponse = responseDto(ScalingDecision, 'ScalingDecision');
