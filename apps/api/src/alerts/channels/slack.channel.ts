import { MASKED_SECRET, type FieldProblem, type NotificationMessage, type SlackChannelConfig } from '@vigil/types';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { configObjectProblems, httpUrl, isObject, optionalString } from './config-fields.js';
import { httpPost } from './http-post.js';
import { keepStoredSecret } from './masked-secret.js';
import { slackPayload } from './slack-message.js';

const FIELDS = ['webhookUrl', 'channel', 'username'] as const;

/** Slack incoming webhook. Whoever holds the URL can post, so the URL is the secret. */
export class SlackChannel implements ChannelSender<'slack'> {
  readonly type = 'slack' as const;

  validate(config: unknown, existing?: SlackChannelConfig): { config?: SlackChannelConfig; problems: FieldProblem[] } {
    const problems = configObjectProblems(config, FIELDS);
    if (!isObject(config)) return { problems };
    const webhookUrl = keepStoredSecret(config.webhookUrl, existing?.webhookUrl, 'config.webhookUrl');
    problems.push(
      ...(webhookUrl.problems.length > 0 ? webhookUrl.problems : httpUrl(webhookUrl.value, 'config.webhookUrl')),
      ...optionalString(config.channel, 'config.channel'),
      ...optionalString(config.username, 'config.username'),
    );
    if (problems.length > 0) return { problems };
    const valid: SlackChannelConfig = { webhookUrl: webhookUrl.value as string };
    if (typeof config.channel === 'string') valid.channel = config.channel;
    if (typeof config.username === 'string') valid.username = config.username;
    return { config: valid, problems };
  }

  mask(config: SlackChannelConfig): Record<string, unknown> {
    return { ...config, webhookUrl: MASKED_SECRET };
  }

  send(message: NotificationMessage, config: SlackChannelConfig, context: SendContext): Promise<SendOutcome> {
    const body = Buffer.from(JSON.stringify(slackPayload(message, config)), 'utf8');
    return httpPost({
      url: config.webhookUrl,
      body,
      headers: { 'content-type': 'application/json' },
      timeoutMs: context.timeoutMs,
    });
  }
}
