import { Injectable } from '@nestjs/common';
import { CHANNEL_TYPES, type ChannelType } from '@vigil/types';
import type { NotificationMessage } from '@vigil/types';
import type { ChannelRow, ChannelRowOf } from '../notifications/channel.repository.js';
import { DeliveryFailed, type ChannelSender, type SendContext } from './channel-sender.js';
import { EmailChannel } from './email.channel.js';
import { PagerDutyChannel } from './pagerduty.channel.js';
import { SlackChannel } from './slack.channel.js';
import { SmsChannel } from './sms.channel.js';
import { WebhookChannel } from './webhook.channel.js';

export function isChannelType(value: unknown): value is ChannelType {
  return typeof value === 'string' && (CHANNEL_TYPES as readonly string[]).includes(value);
}

/** One sender per channel kind; the mapped type makes a missing kind a compile error. */
@Injectable()
export class ChannelSenders {
  private readonly senders: { [K in ChannelType]: ChannelSender<K> } = {
    webhook: new WebhookChannel(),
    slack: new SlackChannel(),
    email: new EmailChannel(),
    pagerduty: new PagerDutyChannel(),
    sms: new SmsChannel(),
  };

  get<T extends ChannelType>(type: T): ChannelSender<T> {
    if (!isChannelType(type)) throw new TypeError(`unknown channel type: ${String(type)}`);
    return this.senders[type] as ChannelSender<T>;
  }

  isChannelType(value: unknown): value is ChannelType {
    return isChannelType(value);
  }

  /**
   * One send attempt through the channel's own sender. Whatever the sender throws comes
   * back as a DeliveryFailed, so the outbox and the test route judge failures alike.
   */
  async attempt(channel: ChannelRow, message: NotificationMessage, context: SendContext): Promise<SendAttempt> {
    try {
      const outcome = await this.sendThrough(channel, message, context);
      return { isDelivered: true, responseStatus: outcome.responseStatus };
    } catch (error) {
      return { isDelivered: false, failure: error instanceof DeliveryFailed ? error : new DeliveryFailed((error as Error).message) };
    }
  }

  /** The channel's config with every secret replaced by MASKED_SECRET. */
  mask(channel: ChannelRow): Record<string, unknown> {
    return this.masked(channel);
  }

  // Generic over the type, so each sender receives the config of its own kind.
  private sendThrough<T extends ChannelType>(channel: ChannelRowOf<T>, message: NotificationMessage, context: SendContext) {
    return this.get<T>(channel.type).send(message, channel.config, context);
  }

  private masked<T extends ChannelType>(channel: ChannelRowOf<T>) {
    return this.get<T>(channel.type).mask(channel.config);
  }
}

export type SendAttempt = { isDelivered: true; responseStatus: number | null } | { isDelivered: false; failure: DeliveryFailed };
