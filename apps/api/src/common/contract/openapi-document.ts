import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { schemaDtos, type SchemaDto } from './schema-dto.js';

export type JsonSchema = Record<string, unknown>;

/** OpenAPI 3.0's dialect of JSON Schema, as the document declares it; no `$schema` key. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    // Refinements (a cross-field rule, a check against the clock) cannot be written as
    // JSON Schema; the document shows the shape and each problem names the rest.
    unrepresentable: 'any',
  }) as JsonSchema;
  return json;
}

/**
 * Nest's document knows a schema DTO only by its class name, as an empty object.
 * This replaces each such component with the JSON Schema of its zod schema: every
 * field with its type, enum, pattern and limits.
 */
export function withContractSchemas(document: OpenAPIObject): OpenAPIObject {
  type Schemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;
  const schemas: Schemas = { ...(document.components?.schemas ?? {}) };
  for (const dto of schemaDtos()) {
    if (dto.schemaName in schemas) schemas[dto.schemaName] = jsonSchemaOf(dto.schema, dto.direction) as Schemas[string];
  }
  return { ...document, components: { ...document.components, schemas } };
}

/**
 * Swagger lists query and path parameters from a class's property metadata: for an
 * object schema, one entry per field, with its JSON Schema and whether it is required.
 */
export function parameterMetadataOf(dto: Pick<SchemaDto, 'schema' | 'direction'>): Record<string, JsonSchema> {
  const json = jsonSchemaOf(dto.schema, dto.direction);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, { ...property, type: property.type ?? 'string', required: required.has(name) }]),
  );
}
