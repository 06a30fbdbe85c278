import { Silence, SilenceInput, SilenceListQuery } from '@vigil/types';
import type { z } from 'zod';
import { requestDto, responseDto } from '../../common/contract/schema-dto.js';

export const SilenceBody = requestDto(SilenceInput, 'SilenceInput');
export type SilenceBody = z.output<typeof SilenceInput>;
export const SilenceQuery = requestDto(SilenceListQuery, 'SilenceListQuery');
export type SilenceQuery = SilenceListQuery;
export const SilenceResponse = responseDto(Silence, 'Silence');
