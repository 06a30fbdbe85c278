import { createHmac } from 'node:crypto';
import { MASKED_SECRET, type NotificationMessage, type WebhookChannelConfig } from '@vigil/types';
import { validateChannelConfig, type ConfigResult } from './channel-config.js';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { httpPost } from './http-post.js';
import { maskedIfSet } from './masked-secret.js';

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes, as GitHub-style receivers verify it. */
export function webhookSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Posts the NotificationMessage itself as JSON. `x-vigil-delivery` lets a receiver drop
 * a retried attempt it already handled; the signature lets it trust the body.
 */
export class WebhookChannel implements ChannelSender<'webhook'> {
  readonly type = 'webhook' as const;

  validate(config: unknown, existing?: WebhookChannelConfig): ConfigResult<'webhook'> {
    return validateChannelConfig('webhook', config, existing);
  }

  /** Header values usually carry credentials (`authorization`), so all are hidden. */
  mask(config: WebhookChannelConfig): Record<string, unknown> {
    const masked: Record<string, unknown> = { url: config.url };
    if (config.secret !== undefined) masked.secret = maskedIfSet(config.secret);
    if (config.headers !== undefined) {
      masked.headers = Object.fromEntries(Object.keys(config.headers).map((name) => [name, MASKED_SECRET]));
    }
    return masked;
  }

  send(message: NotificationMessage, config: WebhookChannelConfig, context: SendContext): Promise<SendOutcome> {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const headers: Record<string, string> = {
      ...config.headers,
      'content-type': 'application/json',
      'x-vigil-delivery': context.deliveryId,
    };
    if (config.secret !== undefined) headers['x-vigil-signature'] = webhookSignature(config.secret, body);
    return httpPost({ url: config.url, body, headers, timeoutMs: context.timeoutMs });
  }
}
