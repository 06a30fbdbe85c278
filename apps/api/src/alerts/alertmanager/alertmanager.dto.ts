import {
  AlertGroups,
  AlertmanagerAlertsQuery,
  AlertmanagerReceivers,
  AlertmanagerSilencesQuery,
  AlertmanagerStatus,
  GettableAlerts,
  GettableSilence,
  GettableSilences,
  PostableSilence,
  PostSilenceAnswer,
  SilenceIdParams,
} from '@vigil/types';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const AlertmanagerAlertsParams = requestDto(AlertmanagerAlertsQuery, 'AlertmanagerAlertsQuery');
export type AlertmanagerAlertsParams = AlertmanagerAlertsQuery;
export const AlertmanagerSilencesParams = requestDto(AlertmanagerSilencesQuery, 'AlertmanagerSilencesQuery');
export type AlertmanagerSilencesParams = AlertmanagerSilencesQuery;
export const SilenceIdPath = requestDto(SilenceIdParams, 'SilenceIdParams');
export type SilenceIdPath = SilenceIdParams;
export const PostableSilenceBody = requestDto(PostableSilence, 'PostableSilence');
export type PostableSilenceBody = PostableSilence;

export const GettableAlertsResponse = responseDto(GettableAlerts, 'GettableAlerts');
export const AlertGroupsResponse = responseDto(AlertGroups, 'AlertGroups');
export const GettableSilencesResponse = responseDto(GettableSilences, 'GettableSilences');
export const GettableSilenceResponse = responseDto(GettableSilence, 'GettableSilence');
export const PostSilenceResponse = responseDto(PostSilenceAnswer, 'PostSilenceAnswer');
export const AlertmanagerStatusResponse = responseDto(AlertmanagerStatus, 'AlertmanagerStatus');
export const AlertmanagerReceiversResponse = responseDto(AlertmanagerReceivers, 'AlertmanagerReceivers');
