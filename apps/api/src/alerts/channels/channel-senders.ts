import { Injectable } from '@nestjs/common';
import { CHANNEL_TYPES, type ChannelType } from '@vigil/types';
import type { ChannelSender } from './channel-sender.js';
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
    return this.senders[type];
  }

  isChannelType(value: unknown): value is ChannelType {
    return isChannelType(value);
  }
}
