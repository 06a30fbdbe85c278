import { EscalationPolicy, EscalationPolicyInput } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const EscalationPolicyBody = requestDto(EscalationPolicyInput, 'EscalationPolicyInput');
export type EscalationPolicyBody = z.output<typeof EscalationPolicyInput>;
export const EscalationPolicyResponse = responseDto(EscalationPolicy, 'EscalationPolicy');
