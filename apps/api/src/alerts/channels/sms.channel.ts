import type { NotificationMessage, SmsChannelConfig } from '@vigil/types';
import { validateChannelConfig, type ConfigResult } from './channel-config.js';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { httpPost } from './http-post.js';
import { maskedIfSet } from './masked-secret.js';
import { smsText } from './sms-text.js';

/** A generic HTTP SMS gateway: one POST of `{ from, to, text }` for all recipients. */
export class SmsChannel implements ChannelSender<'sms'> {
  readonly type = 'sms' as const;

  validate(config: unknown, existing?: SmsChannelConfig): ConfigResult<'sms'> {
    return validateChannelConfig('sms', config, existing);
  }

  mask(config: SmsChannelConfig): Record<string, unknown> {
    const masked: Record<string, unknown> = { ...config };
    if (config.token !== undefined) masked.token = maskedIfSet(config.token);
    return masked;
  }

  send(message: NotificationMessage, config: SmsChannelConfig, context: SendContext): Promise<SendOutcome> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-vigil-delivery': context.deliveryId,
    };
    if (config.token !== undefined) headers.authorization = `Bearer ${config.token}`;
    const body = { from: config.from, to: config.to, text: smsText(message) };
    const bytes = Buffer.from(JSON.stringify(body), 'utf8');
    return httpPost({ url: config.url, body: bytes, headers, timeoutMs: context.timeoutMs });
  }
}
