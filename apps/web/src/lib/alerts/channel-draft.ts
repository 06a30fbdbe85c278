import {
  CHANNEL_TYPES,
  type Channel,
  type ChannelConfig,
  type ChannelInput,
  type ChannelType,
  type EmailChannelConfig,
  type FieldProblem,
  type PagerDutyChannelConfig,
  type SlackChannelConfig,
  type SmsChannelConfig,
  type WebhookChannelConfig,
} from '@vigil/types';
import { NO_SECRET, secretDraftOf, secretValue, type SecretDraft } from './secret-draft';

export interface HeaderDraft {
  name: string;
  value: SecretDraft;
}

/** Text as the form holds it, one shape per channel type; switching type keeps each. */
export interface ConfigDrafts {
  webhook: { url: string; secret: SecretDraft; headers: HeaderDraft[] };
  slack: { webhookUrl: SecretDraft; channel: string; username: string };
  email: { host: string; port: string; secure: boolean; username: string; password: SecretDraft; from: string; to: string };
  pagerduty: { routingKey: SecretDraft; url: string };
  sms: { url: string; token: SecretDraft; from: string; to: string };
}

export interface ChannelDraft {
  name: string;
  type: ChannelType;
  isDefault: boolean;
  enabled: boolean;
  configs: ConfigDrafts;
}

/** The config fields the form shows per type; a 400 about any other path is shown above the buttons. */
export const CONFIG_FIELDS: { [K in ChannelType]: readonly (keyof ConfigDrafts[K] & string)[] } = {
  webhook: ['url', 'secret', 'headers'],
  slack: ['webhookUrl', 'channel', 'username'],
  email: ['host', 'port', 'secure', 'username', 'password', 'from', 'to'],
  pagerduty: ['routingKey', 'url'],
  sms: ['url', 'token', 'from', 'to'],
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const lines = (value: unknown): string => (Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('\n') : '');

function emptyConfigs(): ConfigDrafts {
  return {
    webhook: { url: '', secret: NO_SECRET, headers: [] },
    slack: { webhookUrl: NO_SECRET, channel: '', username: '' },
    email: { host: '', port: '587', secure: false, username: '', password: NO_SECRET, from: '', to: '' },
    pagerduty: { routingKey: NO_SECRET, url: '' },
    sms: { url: '', token: NO_SECRET, from: '', to: '' },
  };
}

function configDraftsOf(channel: Channel): ConfigDrafts {
  const drafts = emptyConfigs();
  const config = channel.config;
  switch (channel.type) {
    case 'webhook': {
      const headers = typeof config.headers === 'object' && config.headers !== null ? Object.keys(config.headers) : [];
      drafts.webhook = {
        url: text(config.url),
        secret: secretDraftOf(config.secret),
        headers: headers.map((name) => ({ name, value: { isStored: true, typed: '' } })),
      };
      break;
    }
    case 'slack':
      drafts.slack = { webhookUrl: secretDraftOf(config.webhookUrl), channel: text(config.channel), username: text(config.username) };
      break;
    case 'email': {
      const port = typeof config.port === 'number' ? config.port : 587;
      drafts.email = {
        host: text(config.host),
        port: String(port),
        secure: typeof config.secure === 'boolean' ? config.secure : port === 465,
        username: text(config.username),
        password: secretDraftOf(config.password),
        from: text(config.from),
        to: lines(config.to),
      };
      break;
    }
    case 'pagerduty':
      drafts.pagerduty = { routingKey: secretDraftOf(config.routingKey), url: text(config.url) };
      break;
    case 'sms':
      drafts.sms = { url: text(config.url), token: secretDraftOf(config.token), from: text(config.from), to: lines(config.to) };
      break;
  }
  return drafts;
}

export function channelDraftOf(channel: Channel | null): ChannelDraft {
  if (!channel) return { name: '', type: CHANNEL_TYPES[0], isDefault: false, enabled: true, configs: emptyConfigs() };
  return { name: channel.name, type: channel.type, isDefault: channel.isDefault, enabled: channel.enabled, configs: configDraftsOf(channel) };
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const listOf = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

function webhookConfig(draft: ConfigDrafts['webhook']): WebhookChannelConfig {
  const config: WebhookChannelConfig = { url: draft.url.trim() };
  const secret = secretValue(draft.secret);
  if (secret !== undefined) config.secret = secret;
  const headers = draft.headers.filter((header) => header.name.trim() !== '');
  if (headers.length > 0) config.headers = Object.fromEntries(headers.map((header) => [header.name.trim(), secretValue(header.value) ?? '']));
  return config;
}

function slackConfig(draft: ConfigDrafts['slack']): SlackChannelConfig {
  return { webhookUrl: secretValue(draft.webhookUrl) ?? '', channel: optional(draft.channel), username: optional(draft.username) };
}

function emailConfig(draft: ConfigDrafts['email']): EmailChannelConfig {
  return {
    host: draft.host.trim(),
    port: Number(draft.port),
    secure: draft.secure,
    username: optional(draft.username),
    password: secretValue(draft.password),
    from: draft.from.trim(),
    to: listOf(draft.to),
  };
}

function pagerDutyConfig(draft: ConfigDrafts['pagerduty']): PagerDutyChannelConfig {
  return { routingKey: secretValue(draft.routingKey) ?? '', url: optional(draft.url) };
}

function smsConfig(draft: ConfigDrafts['sms']): SmsChannelConfig {
  return { url: draft.url.trim(), token: secretValue(draft.token), from: optional(draft.from), to: listOf(draft.to) };
}

function configOf(draft: ChannelDraft): ChannelConfig {
  const { configs } = draft;
  switch (draft.type) {
    case 'webhook':
      return webhookConfig(configs.webhook);
    case 'slack':
      return slackConfig(configs.slack);
    case 'email':
      return emailConfig(configs.email);
    case 'pagerduty':
      return pagerDutyConfig(configs.pagerduty);
    case 'sms':
      return smsConfig(configs.sms);
  }
}

/** Problems the page can see before sending; the API checks the rest. */
export function localProblems(draft: ChannelDraft): FieldProblem[] {
  const port = draft.configs.email.port.trim();
  if (draft.type === 'email' && (port === '' || !Number.isInteger(Number(port)))) {
    return [{ field: 'config.port', problem: 'must be a whole number' }];
  }
  return [];
}

/** The PUT or POST body. Optional fields left empty are left out (JSON drops `undefined`). */
export function channelInputOf(draft: ChannelDraft): ChannelInput {
  // configOf builds the config of draft.type, so the pair matches one member of the union.
  return { name: draft.name.trim(), type: draft.type, config: configOf(draft), isDefault: draft.isDefault, enabled: draft.enabled } as ChannelInput;
}
