import { CHANNEL_TYPES } from '@vigil/types';
import { ChannelSenders, isChannelType } from './channel-senders.js';
import { EmailChannel } from './email.channel.js';
import { PagerDutyChannel } from './pagerduty.channel.js';
import { SlackChannel } from './slack.channel.js';
import { SmsChannel } from './sms.channel.js';
import { WebhookChannel } from './webhook.channel.js';

describe('ChannelSenders', () => {
  const senders = new ChannelSenders();

  describe('get', () => {
    it('returns the sender of each channel type, whose type matches', () => {
      expect(senders.get('webhook')).toBeInstanceOf(WebhookChannel);
      expect(senders.get('slack')).toBeInstanceOf(SlackChannel);
      expect(senders.get('email')).toBeInstanceOf(EmailChannel);
      expect(senders.get('pagerduty')).toBeInstanceOf(PagerDutyChannel);
      expect(senders.get('sms')).toBeInstanceOf(SmsChannel);
      for (const type of CHANNEL_TYPES) expect(senders.get(type).type).toBe(type);
    });

    it('throws on a type that is not a channel type', () => {
      expect(() => senders.get('fax' as never)).toThrow('unknown channel type: fax');
    });
  });

  describe('isChannelType', () => {
    it('accepts exactly the five channel types', () => {
      expect(CHANNEL_TYPES.every((type) => senders.isChannelType(type))).toBe(true);
      expect(isChannelType('Webhook')).toBe(false);
      expect(isChannelType('toString')).toBe(false);
      expect(isChannelType(undefined)).toBe(false);
      expect(isChannelType(1)).toBe(false);
    });
  });
});
