import { CustomMetricBatch, CustomMetricsAccepted, MetricCatalog, MetricQueryParams, MetricQueryResult, type CustomMetricSample } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const CustomMetricsBody = requestDto(CustomMetricBatch, 'CustomMetricBatch');
export type CustomMetricsBody = CustomMetricSample[];
export const MetricQuery = requestDto(MetricQueryParams, 'MetricQueryParams');
export type MetricQuery = z.output<typeof MetricQueryParams>;
export const AcceptedResponse = responseDto(CustomMetricsAccepted, 'CustomMetricsAccepted');
export const MetricQueryResponse = responseDto(MetricQueryResult, 'MetricQueryResult');
export const MetricCatalogResponse = responseDto(MetricCatalog, 'MetricCatalog');
