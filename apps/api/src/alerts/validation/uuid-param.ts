import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from '../../common/errors/app-error.js';

/** `:id` route parameters: a malformed id is a 400 naming `id`, never a database error. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailed([{ field: 'id', problem: 'must be a UUID' }]),
});
