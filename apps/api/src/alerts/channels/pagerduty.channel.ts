import { validateChannelConfig, type ConfigResult } from './channel-config.js';
import { MASKED_SECRET, type NotificationMessage, type PagerDutyChannelConfig } from '@vigil/types';
import { DeliveryFailed, type ChannelSender, type SendContext, type SendOutcome } from './channel-sender.js';
import { httpPost } from './http-post.js';
import { pagerDutyEvent } from './pagerduty-event.js';

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/**
 * PagerDuty Events API v2: one event per alert (see pagerduty-event.ts). A retry
 * re-sends every event of the message; the dedup keys make that harmless.
 */
export class PagerDutyChannel implements ChannelSender<'pagerduty'> {
  readonly type = 'pagerduty' as const;

  validate(config: unknown, existing?: PagerDutyChannelConfig): ConfigResult<'pagerduty'> {
    return validateChannelConfig('pagerduty', config, existing);
  }

  mask(config: PagerDutyChannelConfig): Record<string, unknown> {
    return { ...config, routingKey: MASKED_SECRET };
  }

  /** The timeout bounds the whole message, not each event: the caller's bound holds. */
  async send(message: NotificationMessage, config: PagerDutyChannelConfig, context: SendContext): Promise<SendOutcome> {
    if (message.alerts.length === 0) {
      throw new DeliveryFailed('PagerDuty needs at least one alert to send an event', null, false);
    }
    const deadline = Date.now() + context.timeoutMs;
    let outcome: SendOutcome = { responseStatus: null };
    for (const alert of message.alerts) {
      const timeoutMs = deadline - Date.now();
      if (timeoutMs <= 0) throw new DeliveryFailed(`no answer within ${context.timeoutMs} ms`);
      outcome = await httpPost({
        url: config.url ?? PAGERDUTY_EVENTS_URL,
        body: Buffer.from(JSON.stringify(pagerDutyEvent(message, alert, config.routingKey)), 'utf8'),
        headers: { 'content-type': 'application/json' },
        timeoutMs,
      });
    }
    return outcome;
  }
}
