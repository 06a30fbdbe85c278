import { Setting, SettingKeyParams, SettingUpdate } from '@vigil/types';
import { requestDto, responseDto } from '../common/contract/schema-dto.js';

export const SettingUpdateBody = requestDto(SettingUpdate, 'SettingUpdate');
export type SettingUpdateBody = SettingUpdate;
export const SettingParams = requestDto(SettingKeyParams, 'SettingKeyParams');
export type SettingParams = { key: string };
export const SettingResponse = responseDto(Setting, 'Setting');
