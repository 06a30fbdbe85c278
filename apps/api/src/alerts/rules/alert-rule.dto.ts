import { AlertRule, AlertRuleInput, type AlertRuleSpec } from '@vigil/types';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const AlertRuleBody = requestDto(AlertRuleInput, 'AlertRuleInput');
export type AlertRuleBody = AlertRuleSpec;
export const AlertRuleResponse = responseDto(AlertRule, 'AlertRule');
