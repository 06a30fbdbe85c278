import { IdParams as IdParamsSchema } from '@vigil/types';
import { requestDto } from './schema-dto.js';

/** `:id` route parameters: a malformed id is a 400 naming `id`, never a database error. */
export const IdParams = requestDto(IdParamsSchema, 'IdParams');
export type IdParams = { id: string };
