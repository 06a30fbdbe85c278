import { MASKED_SECRET, type FieldProblem, type NotificationMessage, type PagerDutyChannelConfig } from '@vigil/types';
import { DeliveryFailed, type ChannelSender, type SendContext, type SendOutcome } from './channel-sender.js';
import { configObjectProblems, isObject, optionalHttpUrl, requiredString } from './config-fields.js';
import { httpPost } from './http-post.js';
import { keepStoredSecret } from './masked-secret.js';
import { pagerDutyEvent } from './pagerduty-event.js';

const FIELDS = ['routingKey', 'url'] as const;
export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/**
 * PagerDuty Events API v2: one event per alert (see pagerduty-event.ts). A retry
 * re-sends every event of the message; the dedup keys make that harmless.
 */
export class PagerDutyChannel implements ChannelSender<'pagerduty'> {
  readonly type = 'pagerduty' as const;

  validate(
    config: unknown,
    existing?: PagerDutyChannelConfig,
  ): { config?: PagerDutyChannelConfig; problems: FieldProblem[] } {
    const problems = configObjectProblems(config, FIELDS);
    if (!isObject(config)) return { problems };
    const routingKey = keepStoredSecret(config.routingKey, existing?.routingKey, 'config.routingKey');
    problems.push(
      ...(routingKey.problems.length > 0 ? routingKey.problems : requiredString(routingKey.value, 'config.routingKey')),
      ...optionalHttpUrl(config.url, 'config.url'),
    );
    if (problems.length > 0) return { problems };
    const valid: PagerDutyChannelConfig = { routingKey: routingKey.value as string };
    if (typeof config.url === 'string') valid.url = config.url;
    return { config: valid, problems };
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
