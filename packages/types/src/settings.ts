/**
 * Runtime settings stored in `monitoring_config`, editable over `/api/v1/config`.
 * Every key has a type, bounds and a default, so a missing row means "default".
 */
import { z } from 'zod';
import { HealthHttpTargets } from './health.js';

/** Parsed JSON; `json` settings hold one, checked by the schema their definition names. */
export type JsonArray = unknown[];
export type JsonObject = { [key: string]: unknown };

export const SettingValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.unknown()), z.record(z.string(), z.unknown())], {
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string, number, boolean, array or object'),
});
export type SettingValue = z.infer<typeof SettingValue>;

export const SETTING_KEYS = ['ui.serviceName', 'ui.defaultRefreshSeconds', 'health.httpTargets'] as const;
export const SettingKey = z.enum(SETTING_KEYS);
export type SettingKey = z.infer<typeof SettingKey>;

/** The schemas `json` settings name, keyed as their definitions name them. */
export const JSON_SETTING_SCHEMAS = {
  'health-http-targets': HealthHttpTargets,
} as const;
export const JSON_SETTING_SCHEMA_NAMES = ['health-http-targets'] as const;
export type JsonSettingSchema = (typeof JSON_SETTING_SCHEMA_NAMES)[number];

const DefinitionBase = { key: SettingKey, description: z.string() };

export const NumberSettingDefinition = z.object({
  ...DefinitionBase,
  type: z.literal('number'),
  default: z.number(),
  /** When present the value must be one of these. */
  allowed: z.array(z.number()).readonly().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
});
export type NumberSettingDefinition = z.infer<typeof NumberSettingDefinition>;

export const StringSettingDefinition = z.object({
  ...DefinitionBase,
  type: z.literal('string'),
  default: z.string(),
  maxLength: z.number().int(),
  pattern: z.string().optional(),
});
export type StringSettingDefinition = z.infer<typeof StringSettingDefinition>;

export const BooleanSettingDefinition = z.object({ ...DefinitionBase, type: z.literal('boolean'), default: z.boolean() });
export type BooleanSettingDefinition = z.infer<typeof BooleanSettingDefinition>;

/** Structured JSON; `schema` names the schema that checks it. */
export const JsonSettingDefinition = z.object({
  ...DefinitionBase,
  type: z.literal('json'),
  schema: z.enum(JSON_SETTING_SCHEMA_NAMES),
  default: SettingValue,
});
export type JsonSettingDefinition = z.infer<typeof JsonSettingDefinition>;

export const SettingDefinition = z.discriminatedUnion('type', [
  NumberSettingDefinition,
  StringSettingDefinition,
  BooleanSettingDefinition,
  JsonSettingDefinition,
]);
export type SettingDefinition = z.infer<typeof SettingDefinition>;

export const SETTING_DEFINITIONS: Readonly<Record<SettingKey, SettingDefinition>> = {
  'ui.serviceName': {
    key: 'ui.serviceName',
    type: 'string',
    default: 'vigil',
    maxLength: 64,
    pattern: '^[A-Za-z0-9][A-Za-z0-9 ._-]*$',
    description: 'Name of the monitored service, shown in the monitoring page header.',
  },
  'ui.defaultRefreshSeconds': {
    key: 'ui.defaultRefreshSeconds',
    type: 'number',
    default: 30,
    allowed: [0, 10, 30, 60],
    unit: 's',
    description:
      'Auto-refresh interval of the monitoring page until a browser picks its own (0 = off).',
  },
  'health.httpTargets': {
    key: 'health.httpTargets',
    type: 'json',
    schema: 'health-http-targets',
    default: [],
    description:
      'HTTP dependencies checked besides those in HEALTH_HTTP_TARGETS: [{ name, url, expectedStatus?: { min, max }, timeoutMs?, critical? }].',
  },
};

/** One setting as the API reports it. */
export const Setting = z.object({
  key: SettingKey,
  value: SettingValue,
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  definition: SettingDefinition,
});
export type Setting = z.infer<typeof Setting>;

/**
 * Body of `PUT /api/v1/config/:key`. What the value must be depends on the key: its
 * definition's bounds are checked by the service, in the same problem format.
 */
export const SettingUpdate = z.strictObject({ value: SettingValue });
export type SettingUpdate = z.infer<typeof SettingUpdate>;

/** `{ key }` of `/api/v1/config/:key`; an unknown key is a 404, not a 400. */
export const SettingKeyParams = z.object({ key: z.string().max(128) });

/** What a value of this definition must be: its type and bounds, or the schema a `json` one names. */
export function settingValueSchema(definition: SettingDefinition): z.ZodType {
  switch (definition.type) {
    case 'number': {
      const { allowed, min, max } = definition;
      let schema = z.number();
      if (min !== undefined) schema = schema.min(min);
      if (max !== undefined) schema = schema.max(max);
      return allowed ? schema.refine((value) => allowed.includes(value), `must be one of ${allowed.join(', ')}`) : schema;
    }
    case 'string': {
      const schema = z.string().min(1, 'must not be empty').max(definition.maxLength, `must be at most ${definition.maxLength} characters`);
      return definition.pattern ? schema.regex(new RegExp(definition.pattern), `must match ${definition.pattern}`) : schema;
    }
    case 'boolean':
      return z.boolean();
    case 'json':
      return JSON_SETTING_SCHEMAS[definition.schema];
  }
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}
