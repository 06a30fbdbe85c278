import { MASKED_SECRET, type NotificationMessage, type SlackChannelConfig } from '@vigil/types';
import { validateChannelConfig, type ConfigResult } from './channel-config.js';
import type { ChannelSender, SendContext, SendOutcome } from './channel-sender.js';
import { httpPost } from './http-post.js';
import { slackPayload } from './slack-message.js';

/** Slack incoming webhook. Whoever holds the URL can post, so the URL is the secret. */
export class SlackChannel implements ChannelSender<'slack'> {
  readonly type = 'slack' as const;

  validate(config: unknown, existing?: SlackChannelConfig): ConfigResult<'slack'> {
    return validateChannelConfig('slack', config, existing);
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
