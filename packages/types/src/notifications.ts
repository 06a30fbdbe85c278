/**
 * Notification channels, the messages sent through them, the delivery outbox and
 * escalation policies (`/api/v1/channels`, `/api/v1/escalation-policies`).
 */
import { z } from 'zod';
import { AlertAnnotations, AlertSeverity } from './alerts.js';
import { text, Timestamp, Uuid, withoutNul } from './fields.js';
import { problemText } from './problems.js';

export const CHANNEL_TYPES = ['webhook', 'slack', 'email', 'pagerduty', 'sms'] as const;
export const ChannelType = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof ChannelType>;

/** Shown instead of a secret value; sending it back on update keeps the stored secret. */
export const MASKED_SECRET = '********';

const MAX_CONFIG_STRING = 2_048;
const MAX_RECIPIENTS = 100;
// Deliberately loose: one @, no spaces or angle brackets. The SMTP server is the judge.
const EMAIL_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const PHONE_NUMBER = /^\+?[0-9]{3,15}$/;
const PHONE_WORDS = 'must be a phone number of 3 to 15 digits, optionally starting with +';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Latin-1 without control characters: what an HTTP header value may carry.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const MAX_HEADERS = 20;
/** Set by the sender itself or by the HTTP client; a configured value would break them. */
export const RESERVED_WEBHOOK_HEADERS = [
  'content-type',
  'content-length',
  'host',
  'connection',
  'transfer-encoding',
  'user-agent',
  'x-vigil-delivery',
  'x-vigil-signature',
] as const;

/** A config string; `null` counts as absent where the field is optional. */
const configString = withoutNul(z.string())
  .max(MAX_CONFIG_STRING, `must be at most ${MAX_CONFIG_STRING} characters`)
  .refine((value) => value.trim() !== '', 'must not be empty');

function httpUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
  if (url.username !== '' || url.password !== '') return 'must not hold credentials';
  return undefined;
}

const httpUrl = configString.superRefine((value, ctx) => {
  const problem = httpUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const emailAddress = configString.regex(EMAIL_ADDRESS, 'must be an email address');

function recipients(item: z.ZodType<string>) {
  return z
    .array(item, { error: (issue) => (issue.input === undefined || issue.input === null ? 'is required' : 'must be a list') })
    .min(1, 'must name at least one recipient')
    .max(MAX_RECIPIENTS, `must have at most ${MAX_RECIPIENTS} items`);
}

/**
 * A secret field: its value, or MASKED_SECRET to keep what is stored. Checked as one
 * string, so a wrong value is worded by `schema` rather than as a failed union.
 */
function secret(schema: z.ZodType<string>) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .superRefine((value, ctx) => {
      if (value === MASKED_SECRET) return;
      const result = schema.safeParse(value, { error: problemText });
      for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    })
    .meta({ description: `the value, or ${MASKED_SECRET} to keep the stored one` });
}

/** An optional config field; `null` counts as absent, as clients that clear a field send it. */
function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value): z.output<T> | undefined => value ?? undefined)
    .optional();
}

function configObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown field' : issue.code === 'invalid_type' ? 'must be an object' : undefined),
  });
}

const headerName = z
  .string()
  .regex(HEADER_NAME, 'is not a valid header name')
  .refine((name) => !(RESERVED_WEBHOOK_HEADERS as readonly string[]).includes(name.toLowerCase()), 'is set by Vigil and cannot be configured');

const webhookHeaders = z
  .record(headerName, secret(z.string().regex(HEADER_VALUE, 'must not contain line breaks or control characters')), {
    error: 'must be an object of strings',
  })
  .refine((headers) => Object.keys(headers).length <= MAX_HEADERS, `must have at most ${MAX_HEADERS} headers`);

/** Generic JSON webhook; with a secret, each body is signed (`X-Vigil-Signature: sha256=<hex HMAC>`). */
export const WebhookChannelConfig = configObject({
  url: httpUrl,
  secret: optional(secret(configString)),
  headers: optional(webhookHeaders),
});
export type WebhookChannelConfig = z.output<typeof WebhookChannelConfig>;

/** Slack incoming webhook. The URL is the secret. */
export const SlackChannelConfig = configObject({
  webhookUrl: secret(httpUrl),
  channel: optional(configString),
  username: optional(configString),
});
export type SlackChannelConfig = z.output<typeof SlackChannelConfig>;

/** SMTP. */
export const EmailChannelConfig = configObject({
  host: configString,
  port: z.number().int('must be an integer from 1 to 65535').min(1, 'must be an integer from 1 to 65535').max(65_535, 'must be an integer from 1 to 65535'),
  /** TLS from the first byte (port 465); otherwise STARTTLS when offered. */
  secure: optional(z.boolean()),
  username: optional(configString),
  password: optional(secret(configString)),
  from: emailAddress,
  to: recipients(emailAddress),
}).superRefine((config, ctx) => {
  if (config.password !== undefined && config.username === undefined) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'needs config.username' });
  }
});
export type EmailChannelConfig = z.output<typeof EmailChannelConfig>;

/** PagerDuty Events API v2; `url` defaults to PagerDuty's enqueue endpoint. */
export const PagerDutyChannelConfig = configObject({
  routingKey: secret(configString),
  url: optional(httpUrl),
});
export type PagerDutyChannelConfig = z.output<typeof PagerDutyChannelConfig>;

/** An HTTP SMS gateway: POST `{ from, to, text }` as JSON, bearer token if set. */
export const SmsChannelConfig = configObject({
  url: httpUrl,
  token: optional(secret(configString)),
  from: optional(configString),
  to: recipients(z.string({ error: PHONE_WORDS }).regex(PHONE_NUMBER, PHONE_WORDS)),
});
export type SmsChannelConfig = z.output<typeof SmsChannelConfig>;

export const CHANNEL_CONFIG_SCHEMAS = {
  webhook: WebhookChannelConfig,
  slack: SlackChannelConfig,
  email: EmailChannelConfig,
  pagerduty: PagerDutyChannelConfig,
  sms: SmsChannelConfig,
} as const;

export interface ChannelConfigByType {
  webhook: WebhookChannelConfig;
  slack: SlackChannelConfig;
  email: EmailChannelConfig;
  pagerduty: PagerDutyChannelConfig;
  sms: SmsChannelConfig;
}
export type ChannelConfig = ChannelConfigByType[ChannelType];

const channelFields = {
  name: text(128),
  /** Default channels receive alerts that name no channel: Prometheus' and rules without channelIds. */
  isDefault: z.boolean().default(false),
  enabled: z.boolean().default(true),
};

function channelOf<T extends ChannelType>(type: T) {
  return z.strictObject({ ...channelFields, type: z.literal(type), config: CHANNEL_CONFIG_SCHEMAS[type] });
}

/** Body of `POST /api/v1/channels` and `PUT /api/v1/channels/:id`: one shape per `type`. */
export const ChannelInput = z.discriminatedUnion('type', [
  channelOf('webhook'),
  channelOf('slack'),
  channelOf('email'),
  channelOf('pagerduty'),
  channelOf('sms'),
]);
export type ChannelInput = z.input<typeof ChannelInput>;

export const Channel = z.object({
  id: z.string(),
  name: z.string(),
  type: ChannelType,
  /** Secrets replaced by MASKED_SECRET. */
  config: z.record(z.string(), z.unknown()),
  isDefault: z.boolean(),
  enabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Channel = z.infer<typeof Channel>;

/** What a notification is about: one group's alerts (Alertmanager-style), a test, an escalation or an acknowledgement. */
export const NOTIFICATION_KINDS = ['alerts', 'test', 'escalation', 'acknowledged'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotifiedAlert = z.object({
  alertId: z.string(),
  fingerprint: z.string(),
  status: z.enum(['firing', 'resolved', 'acknowledged']),
  name: z.string(),
  severity: AlertSeverity,
  labels: z.record(z.string(), z.string()),
  annotations: AlertAnnotations,
  value: z.number().nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp.nullable(),
  generatorUrl: z.string().nullable(),
});
export type NotifiedAlert = z.infer<typeof NotifiedAlert>;

/**
 * The channel-neutral message stored with each delivery; each channel renders it
 * (webhook: this object as JSON).
 */
export const NotificationMessage = z.object({
  kind: NotificationKind,
  /** `firing` when any alert in it fires. */
  status: z.enum(['firing', 'resolved']),
  groupKey: z.string(),
  groupLabels: z.record(z.string(), z.string()),
  alerts: z.array(NotifiedAlert),
  /** Escalations: the level (1-based) reached. */
  escalationLevel: z.number().int().optional(),
  /** One-line headline, e.g. `[FIRING:2] HighCpu`. */
  title: z.string(),
  sentBy: z.string(),
});
export type NotificationMessage = z.infer<typeof NotificationMessage>;

export const DELIVERY_STATUSES = ['pending', 'sent', 'dead'] as const;
export const DeliveryStatus = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const NotificationDelivery = z.object({
  id: z.string(),
  channelId: z.string(),
  kind: NotificationKind,
  status: DeliveryStatus,
  attempts: z.number().int(),
  nextAttemptAt: Timestamp.nullable(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type NotificationDelivery = z.infer<typeof NotificationDelivery>;

/** Result of `POST /api/v1/channels/:id/test`: sent synchronously, not through the outbox. */
export const ChannelTestResult = z.object({
  isDelivered: z.boolean(),
  /** Status code of the receiver, when it answered over HTTP. */
  responseStatus: z.number().int().nullable(),
  durationMs: z.number(),
  error: z.string().nullable(),
});
export type ChannelTestResult = z.infer<typeof ChannelTestResult>;

const MAX_LEVELS = 10;
const MAX_AFTER_MINUTES = 7 * 24 * 60;

/** A list of distinct channel ids. */
export function channelIdList(max: number) {
  return z
    .array(Uuid, { error: 'must be an array of ids' })
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id');
}

export const EscalationLevel = z.strictObject({
  afterMinutes: z
    .number()
    .int(`must be a whole number of minutes from 0 to ${MAX_AFTER_MINUTES}`)
    .min(0, `must be a whole number of minutes from 0 to ${MAX_AFTER_MINUTES}`)
    .max(MAX_AFTER_MINUTES, `must be a whole number of minutes from 0 to ${MAX_AFTER_MINUTES}`),
  channelIds: channelIdList(20).refine((ids) => ids.length > 0, 'must name at least one channel'),
});
export type EscalationLevel = z.output<typeof EscalationLevel>;

export const EscalationPolicyInput = z.strictObject({
  name: text(128),
  levels: z
    .array(EscalationLevel)
    .min(1, `must be an array of 1 to ${MAX_LEVELS} levels`)
    .max(MAX_LEVELS, `must be an array of 1 to ${MAX_LEVELS} levels`)
    .superRefine((levels, ctx) => {
      levels.forEach((level, i) => {
        const before = levels[i - 1];
        if (before && level.afterMinutes <= before.afterMinutes) {
          ctx.addIssue({ code: 'custom', path: [i, 'afterMinutes'], message: 'must be later than the level before' });
        }
      });
    }),
});
export type EscalationPolicyInput = z.input<typeof EscalationPolicyInput>;

export const EscalationPolicy = z.object({
  id: z.string(),
  name: z.string(),
  levels: z.array(z.object({ afterMinutes: z.number().int(), channelIds: z.array(z.string()) })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type EscalationPolicy = z.infer<typeof EscalationPolicy>;
