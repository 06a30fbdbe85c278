import type { z } from 'zod';
import { parameterMetadataOf } from './openapi-document.js';

/**
 * A class that carries a schema, so a route parameter typed with it is validated by the
 * global SchemaValidationPipe and documented from the same schema. The class is never
 * instantiated: handlers receive the schema's parsed output.
 */
export interface SchemaDto<S extends z.ZodType = z.ZodType> {
  new (): never;
  readonly schema: S;
  /** The name it has under `components.schemas` in the OpenAPI document. */
  readonly schemaName: string;
  /** `input` for what clients send, `output` for what the API answers. */
  readonly direction: 'input' | 'output';
}

const registry = new Map<string, SchemaDto>();

function define<S extends z.ZodType>(schema: S, name: string, direction: SchemaDto['direction']): SchemaDto<S> {
  const existing = registry.get(name);
  if (existing) {
    if (existing.schema !== schema) throw new Error(`two schemas are named ${name}`);
    return existing as SchemaDto<S>;
  }
  const dto = class {
    static readonly schema = schema;
    static readonly schemaName = name;
    static readonly direction = direction;
    /** Read by @nestjs/swagger for query and path parameters; bodies are replaced whole. */
    static _OPENAPI_METADATA_FACTORY() {
      return parameterMetadataOf({ schema, direction });
    }
  } as unknown as SchemaDto<S>;
  Object.defineProperty(dto, 'name', { value: name });
  registry.set(name, dto);
  return dto;
}

/** A request body, query or params schema, named as the contract names it. */
export function requestDto<S extends z.ZodType>(schema: S, name: string): SchemaDto<S> {
  return define(schema, name, 'input');
}

/** A response schema, for `@ApiOkResponse({ type })`. */
export function responseDto<S extends z.ZodType>(schema: S, name: string): SchemaDto<S> {
  return define(schema, name, 'output');
}

/** Every schema DTO defined so far, for the OpenAPI document. */
export function schemaDtos(): readonly SchemaDto[] {
  return [...registry.values()];
}

export function isSchemaDto(value: unknown): value is SchemaDto {
  return typeof value === 'function' && 'schema' in value && 'schemaName' in value;
}
