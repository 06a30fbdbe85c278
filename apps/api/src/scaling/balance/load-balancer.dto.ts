import { LoadBalancerQuery, LoadBalancerView } from '@vigil/types';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const LoadBalancerQueryDto = requestDto(LoadBalancerQuery, 'LoadBalancerQuery');
export type LoadBalancerQueryDto = LoadBalancerQuery;
export const LoadBalancerResponse = responseDto(LoadBalancerView, 'LoadBalancerView');
