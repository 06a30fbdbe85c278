import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { parseWith } from '@vigil/types';
import { ValidationFailed } from '../errors/app-error.js';
import { isSchemaDto } from './schema-dto.js';

/**
 * The one validation pipe: a body, query or params argument typed with a schema DTO is
 * parsed by its schema, and the handler receives the parsed value (defaults filled in,
 * ids lower-cased). A failure is a 400 naming every field at fault. Arguments of other
 * types (a bare `@Param('key') key: string`) pass through untouched.
 */
@Injectable()
export class SchemaValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const dto = metadata.metatype;
    if (!isSchemaDto(dto) || metadata.type === 'custom') return value;
    const parsed = parseWith(dto.schema, value);
    if (!parsed.ok) throw new ValidationFailed(parsed.problems);
    return parsed.value;
  }
}
