import type { SendOutcome } from './channel-sender.js';
import { readBoundedText } from './bounded-body.js';
import { failureForNetworkError, failureForStatus } from './http-answer.js';

export interface HttpPostRequest {
  url: string;
  /** Sent as is; signatures are computed over these exact bytes. */
  body: Buffer;
  headers: Record<string, string>;
  /** Bound on connecting, sending and reading the answer together. */
  timeoutMs: number;
}

/**
 * One POST with a hard timeout. A 2xx resolves; anything else throws DeliveryFailed
 * (see http-answer.ts for which failures are retryable).
 */
export async function httpPost(request: HttpPostRequest): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: { 'user-agent': 'vigil', ...request.headers },
        body: request.body,
        redirect: 'manual',
        signal: controller.signal,
      });
    } catch (error) {
      throw failureForNetworkError(error, controller.signal.aborted ? request.timeoutMs : null);
    }
    if (response.status >= 200 && response.status < 300) {
      // The body of a success is not needed; cancelling frees the connection at once.
      await response.body?.cancel().catch(() => undefined);
      return { responseStatus: response.status };
    }
    let excerpt: string;
    try {
      excerpt = await readBoundedText(response.body);
    } catch {
      // The status is the answer; a body cut off by the timeout or a reset adds nothing.
      excerpt = '';
    }
    throw failureForStatus(response.status, excerpt);
  } finally {
    clearTimeout(timer);
  }
}
