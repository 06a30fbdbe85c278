import { HealthHistoryPage, HealthHistoryParams, HealthReport, HealthUptimeParams, HealthUptimeReport } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../common/contract/schema-dto.js';

export const HistoryQueryParams = requestDto(HealthHistoryParams, 'HealthHistoryParams');
export type HistoryQueryParams = z.output<typeof HealthHistoryParams>;
export const UptimeQueryParams = requestDto(HealthUptimeParams, 'HealthUptimeParams');
export type UptimeQueryParams = z.output<typeof HealthUptimeParams>;
export const HealthReportResponse = responseDto(HealthReport, 'HealthReport');
export const HealthHistoryResponse = responseDto(HealthHistoryPage, 'HealthHistoryPage');
export const HealthUptimeResponse = responseDto(HealthUptimeReport, 'HealthUptimeReport');
