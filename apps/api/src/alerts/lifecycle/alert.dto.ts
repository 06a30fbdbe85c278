import { AlertActionInput, AlertDetail, AlertListQuery, AlertPage } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const AlertListParams = requestDto(AlertListQuery, 'AlertListQuery');
export type AlertListParams = z.output<typeof AlertListQuery>;
export const AlertActionBody = requestDto(AlertActionInput, 'AlertActionInput');
export type AlertActionBody = z.output<typeof AlertActionInput>;
export const AlertPageResponse = responseDto(AlertPage, 'AlertPage');
export const AlertDetailResponse = responseDto(AlertDetail, 'AlertDetail');
