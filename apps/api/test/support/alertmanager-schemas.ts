import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The response definitions of Alertmanager's published API v2 spec (api/v2/openapi.yaml,
 * Swagger 2.0), written out as JSON Schema: the same field names, required fields and
 * enums, so an answer Vigil gives can be checked against what amtool and Grafana expect.
 */
const labelSet = { type: 'object', additionalProperties: { type: 'string' } };
const receiver = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
const dateTime = { type: 'string', format: 'date-time' };
const matcher = {
  type: 'object',
  properties: { name: { type: 'string' }, value: { type: 'string' }, isRegex: { type: 'boolean' }, isEqual: { type: 'boolean' } },
  required: ['name', 'value', 'isRegex'],
};
const gettableAlert = {
  type: 'object',
  properties: {
    labels: labelSet,
    generatorURL: { type: 'string', format: 'uri' },
    annotations: labelSet,
    receivers: { type: 'array', items: receiver },
    fingerprint: { type: 'string' },
    startsAt: dateTime,
    updatedAt: dateTime,
    endsAt: dateTime,
    status: {
      type: 'object',
      properties: {
        state: { type: 'string', enum: ['unprocessed', 'active', 'suppressed'] },
        silencedBy: { type: 'array', items: { type: 'string' } },
        inhibitedBy: { type: 'array', items: { type: 'string' } },
      },
      required: ['state', 'silencedBy', 'inhibitedBy'],
    },
  },
  required: ['labels', 'receivers', 'fingerprint', 'startsAt', 'updatedAt', 'endsAt', 'annotations', 'status'],
};
const gettableSilence = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'object', properties: { state: { type: 'string', enum: ['expired', 'active', 'pending'] } }, required: ['state'] },
    updatedAt: dateTime,
    matchers: { type: 'array', items: matcher, minItems: 1 },
    startsAt: dateTime,
    endsAt: dateTime,
    createdBy: { type: 'string' },
    comment: { type: 'string' },
  },
  required: ['id', 'status', 'updatedAt', 'matchers', 'startsAt', 'endsAt', 'createdBy', 'comment'],
};

export const ALERTMANAGER_RESPONSES = {
  gettableAlerts: { type: 'array', items: gettableAlert },
  alertGroups: {
    type: 'array',
    items: {
      type: 'object',
      properties: { labels: labelSet, receiver, alerts: { type: 'array', items: gettableAlert } },
      required: ['labels', 'receiver', 'alerts'],
    },
  },
  gettableSilences: { type: 'array', items: gettableSilence },
  gettableSilence,
  postSilenceAnswer: { type: 'object', properties: { silenceID: { type: 'string' } } },
  receivers: { type: 'array', items: receiver },
  alertmanagerStatus: {
    type: 'object',
    properties: {
      cluster: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          status: { type: 'string', enum: ['ready', 'settling', 'disabled'] },
          peers: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, address: { type: 'string' } }, required: ['name', 'address'] },
          },
        },
        required: ['status'],
      },
      versionInfo: {
        type: 'object',
        properties: Object.fromEntries(['version', 'revision', 'branch', 'buildUser', 'buildDate', 'goVersion'].map((key) => [key, { type: 'string' }])),
        required: ['version', 'revision', 'branch', 'buildUser', 'buildDate', 'goVersion'],
      },
      config: { type: 'object', properties: { original: { type: 'string' } }, required: ['original'] },
      uptime: dateTime,
    },
    required: ['cluster', 'versionInfo', 'config', 'uptime'],
  },
} as const;

export type AlertmanagerResponse = keyof typeof ALERTMANAGER_RESPONSES;

const ajv = new Ajv({ allErrors: true, strict: false });
// The two formats the spec uses, as Go's strfmt reads them: RFC 3339 times, absolute URIs.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
ajv.addFormat('date-time', (value: string) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)));
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validators = new Map<AlertmanagerResponse, ValidateFunction>();

/** The schema's complaints about `body` as the named response: empty when it conforms. */
export function alertmanagerSchemaErrors(response: AlertmanagerResponse, body: unknown): string[] {
  const validate = validators.get(response) ?? ajv.compile(ALERTMANAGER_RESPONSES[response]);
  validators.set(response, validate);
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
