/**
 * Notification channels, the messages sent through them, the delivery outbox and
 * escalation policies (`/api/v1/channels`, `/api/v1/escalation-policies`).
 */
import type { AlertAnnotations, AlertSeverity } from './alerts.js';

export const CHANNEL_TYPES = ['webhook', 'slack', 'email', 'pagerduty', 'sms'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** Generic JSON webhook; with a secret, each body is signed (`X-Vigil-Signature: sha256=<hex HMAC>`). */
export interface WebhookChannelConfig {
  url: string;
  secret?: string;
  headers?: Record<string, string>;
}

/** Slack incoming webhook. The URL is the secret. */
export interface SlackChannelConfig {
  webhookUrl: string;
  channel?: string;
  username?: string;
}

/** SMTP. */
export interface EmailChannelConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when offered. */
  secure?: boolean;
  username?: string;
  password?: string;
  from: string;
  to: string[];
}

/** PagerDuty Events API v2; `url` defaults to PagerDuty's enqueue endpoint. */
export interface PagerDutyChannelConfig {
  routingKey: string;
  url?: string;
}

/** An HTTP SMS gateway: POST `{ from, to, text }` as JSON, bearer token if set. */
export interface SmsChannelConfig {
  url: string;
  token?: string;
  from?: string;
  to: string[];
}

export interface ChannelConfigByType {
  webhook: WebhookChannelConfig;
  slack: SlackChannelConfig;
  email: EmailChannelConfig;
  pagerduty: PagerDutyChannelConfig;
  sms: SmsChannelConfig;
}

export type ChannelConfig = ChannelConfigByType[ChannelType];

/** Shown instead of a secret value; sending it back on update keeps the stored secret. */
export const MASKED_SECRET = '********';

export interface ChannelInput {
  name: string;
  type: ChannelType;
  config: ChannelConfig;
  /** Default channels receive alerts that name no channel: Prometheus' and rules without channelIds. */
  isDefault?: boolean;
  /** Default true. */
  enabled?: boolean;
}

export interface Channel {
  id: string;
  name: string;
  type: ChannelType;
  /** Secrets replaced by MASKED_SECRET. */
  config: Record<string, unknown>;
  isDefault: boolean;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What a notification is about: one group's alerts (Alertmanager-style), a test, an escalation or an acknowledgement. */
export type NotificationKind = 'alerts' | 'test' | 'escalation' | 'acknowledged';

export interface NotifiedAlert {
  alertId: string;
  fingerprint: string;
  status: 'firing' | 'resolved' | 'acknowledged';
  name: string;
  severity: AlertSeverity;
  labels: Record<string, string>;
  annotations: AlertAnnotations;
  value: number | null;
  startsAt: string;
  endsAt: string | null;
  generatorUrl: string | null;
}

/**
 * The channel-neutral message stored with each delivery; each channel renders it
 * (webhook: this object as JSON).
 */
export interface NotificationMessage {
  kind: NotificationKind;
  /** `firing` when any alert in it fires. */
  status: 'firing' | 'resolved';
  groupKey: string;
  groupLabels: Record<string, string>;
  alerts: NotifiedAlert[];
  /** Escalations: the level (1-based) reached. */
  escalationLevel?: number;
  /** One-line headline, e.g. `[FIRING:2] HighCpu`. */
  title: string;
  sentBy: string;
}

export const DELIVERY_STATUSES = ['pending', 'sent', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface NotificationDelivery {
  id: string;
  channelId: string;
  kind: NotificationKind;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Result of `POST /api/v1/channels/:id/test`: sent synchronously, not through the outbox. */
export interface ChannelTestResult {
  isDelivered: boolean;
  /** Status code of the receiver, when it answered over HTTP. */
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

export interface EscalationLevel {
  afterMinutes: number;
  channelIds: string[];
}

export interface EscalationPolicyInput {
  name: string;
  levels: EscalationLevel[];
}

export interface EscalationPolicy {
  id: string;
  name: string;
  levels: EscalationLevel[];
  createdAt: string;
  updatedAt: string;
}
