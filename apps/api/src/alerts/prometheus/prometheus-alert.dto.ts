import { PrometheusAlertBatch, type PrometheusAlert } from '@vigil/types';
import { requestDto } from '../../common/contract/schema-dto.js';

export const PrometheusAlertsBody = requestDto(PrometheusAlertBatch, 'PostableAlerts');
export type PrometheusAlertsBody = PrometheusAlert[];
