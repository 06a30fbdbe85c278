/**
 * Runtime settings stored in `monitoring_config`, editable over `/api/v1/config`.
 * Every key has a type, bounds and a default, so a missing row means "default".
 */
export type SettingValue = string | number | boolean | JsonArray | JsonObject;

/** Parsed JSON; `json` settings hold one, checked by the validator their definition names. */
export type JsonArray = unknown[];
export type JsonObject = { [key: string]: unknown };

interface SettingDefinitionBase {
  key: SettingKey;
  description: string;
}

export interface NumberSettingDefinition extends SettingDefinitionBase {
  type: 'number';
  default: number;
  /** When present the value must be one of these. */
  allowed?: readonly number[];
  min?: number;
  max?: number;
  unit?: string;
}

export interface StringSettingDefinition extends SettingDefinitionBase {
  type: 'string';
  default: string;
  maxLength: number;
  pattern?: string;
}

export interface BooleanSettingDefinition extends SettingDefinitionBase {
  type: 'boolean';
  default: boolean;
}

/** Structured JSON; `schema` names the validator that checks it. */
export interface JsonSettingDefinition extends SettingDefinitionBase {
  type: 'json';
  schema: JsonSettingSchema;
  default: SettingValue;
}

export type JsonSettingSchema = 'health-http-targets';

export type SettingDefinition =
  | NumberSettingDefinition
  | StringSettingDefinition
  | BooleanSettingDefinition
  | JsonSettingDefinition;

export const SETTING_KEYS = ['ui.serviceName', 'ui.defaultRefreshSeconds', 'health.httpTargets'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

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
export interface Setting {
  key: SettingKey;
  value: SettingValue;
  isDefault: boolean;
  updatedAt: string | null;
  definition: SettingDefinition;
}

/** Body of `PUT /api/v1/config/:key`. */
export interface SettingUpdate {
  value: SettingValue;
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}
