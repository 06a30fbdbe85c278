import type { FieldProblem, NotificationMessage, SmsChannelConfig } from '@vigil/types';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { configObjectProblems, httpUrl, isObject, nonEmptyList, optionalString } from './config-fields.js';
import { httpPost } from './http-post.js';
import { keepStoredSecret, maskedIfSet } from './masked-secret.js';
import { smsText } from './sms-text.js';

const FIELDS = ['url', 'token', 'from', 'to'] as const;
// E.164 with an optional +, as gateways take numbers; short codes have 3+ digits.
const PHONE_NUMBER = /^\+?[0-9]{3,15}$/;

function phoneNumberProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string' && PHONE_NUMBER.test(value)) return [];
  return [{ field: path, problem: 'must be a phone number of 3 to 15 digits, optionally starting with +' }];
}

/** A generic HTTP SMS gateway: one POST of `{ from, to, text }` for all recipients. */
export class SmsChannel implements ChannelSender<'sms'> {
  readonly type = 'sms' as const;

  validate(config: unknown, existing?: SmsChannelConfig): { config?: SmsChannelConfig; problems: FieldProblem[] } {
    const problems = configObjectProblems(config, FIELDS);
    if (!isObject(config)) return { problems };
    const token = keepStoredSecret(config.token, existing?.token, 'config.token');
    problems.push(
      ...httpUrl(config.url, 'config.url'),
      ...token.problems,
      ...optionalString(token.value, 'config.token'),
      ...optionalString(config.from, 'config.from'),
      ...nonEmptyList(config.to, 'config.to', phoneNumberProblems),
    );
    if (problems.length > 0) return { problems };
    const valid: SmsChannelConfig = { url: config.url as string, to: config.to as string[] };
    if (typeof token.value === 'string') valid.token = token.value;
    if (typeof config.from === 'string') valid.from = config.from;
    return { config: valid, problems };
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
