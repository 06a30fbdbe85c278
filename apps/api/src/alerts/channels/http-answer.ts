import { DeliveryFailed } from './channel-sender.js';
import { networkCause } from '../../common/http/network-cause.js';

/**
 * Turns a receiver's answer into DeliveryFailed. 408, 429 and 5xx are the receiver's
 * own trouble and may pass; any other 4xx means the request itself is wrong, and
 * sending it again cannot help.
 */
export function failureForStatus(status: number, bodyExcerpt: string): DeliveryFailed {
  const isRetryable = status === 408 || status === 429 || status >= 500;
  const detail = bodyExcerpt === '' ? '' : `: ${bodyExcerpt}`;
  if (status >= 300 && status < 400) {
    // Redirects are not followed: a POST re-sent elsewhere could leak a signed body or token.
    return new DeliveryFailed(`receiver answered HTTP ${status} (redirects are not followed)`, status, false);
  }
  return new DeliveryFailed(`receiver answered HTTP ${status}${detail}`, status, isRetryable);
}

/**
 * A request that got no answer: refused, reset, unresolvable or timed out. Always
 * retryable. The message names the cause only, never the URL, because some URLs
 * (Slack's) are the secret.
 */
export function failureForNetworkError(error: unknown, timedOutAfterMs: number | null): DeliveryFailed {
  if (timedOutAfterMs !== null) return new DeliveryFailed(`no answer within ${timedOutAfterMs} ms`);
  return new DeliveryFailed(`request failed: ${networkCause(error)}`);
}
