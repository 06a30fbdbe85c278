import { createHmac } from 'node:crypto';
import { MASKED_SECRET, type FieldProblem, type NotificationMessage, type WebhookChannelConfig } from '@vigil/types';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { configObjectProblems, httpUrl, isObject, optionalString, optionalStringMap } from './config-fields.js';
import { httpPost } from './http-post.js';
import { keepStoredSecret, keepStoredSecretValues, maskedIfSet } from './masked-secret.js';

const FIELDS = ['url', 'secret', 'headers'] as const;
const MAX_HEADERS = 20;
// Set by the sender itself or by the HTTP client; a configured value would break them.
const RESERVED_HEADERS = new Set([
  'content-type',
  'content-length',
  'host',
  'connection',
  'transfer-encoding',
  'user-agent',
  'x-vigil-delivery',
  'x-vigil-signature',
]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Latin-1 without control characters: what an HTTP header value may carry.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

function headerProblems(name: string, value: string, path: string): FieldProblem[] {
  if (!HEADER_NAME.test(name)) return [{ field: path, problem: 'is not a valid header name' }];
  if (RESERVED_HEADERS.has(name.toLowerCase())) {
    return [{ field: path, problem: 'is set by Vigil and cannot be configured' }];
  }
  if (!HEADER_VALUE.test(value)) return [{ field: path, problem: 'must not contain line breaks or control characters' }];
  return [];
}

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

  validate(config: unknown, existing?: WebhookChannelConfig): { config?: WebhookChannelConfig; problems: FieldProblem[] } {
    const problems = configObjectProblems(config, FIELDS);
    if (!isObject(config)) return { problems };
    const secret = keepStoredSecret(config.secret, existing?.secret, 'config.secret');
    const headers = keepStoredSecretValues(config.headers, existing?.headers, 'config.headers');
    problems.push(
      ...httpUrl(config.url, 'config.url'),
      ...secret.problems,
      ...optionalString(secret.value, 'config.secret'),
      ...headers.problems,
      ...optionalStringMap(headers.value, 'config.headers', headerProblems),
    );
    if (isObject(headers.value) && Object.keys(headers.value).length > MAX_HEADERS) {
      problems.push({ field: 'config.headers', problem: `must have at most ${MAX_HEADERS} headers` });
    }
    if (problems.length > 0) return { problems };
    const valid: WebhookChannelConfig = { url: config.url as string };
    if (typeof secret.value === 'string') valid.secret = secret.value;
    if (isObject(headers.value)) valid.headers = headers.value as Record<string, string>;
    return { config: valid, problems };
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
