import type { AgentHeartbeat } from '@vigil/types';

/**
 * Posts one heartbeat. It fails, and never hangs, when the server has not answered in
 * `timeoutMs` (the request is aborted, its socket released) or answers other than 2xx;
 * `stop` aborts it at shutdown.
 */
export async function sendHeartbeat(
  url: string,
  token: string,
  body: AgentHeartbeat,
  timeoutMs: number,
  stop: AbortSignal,
): Promise<void> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  timer.unref();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.any([timeout.signal, stop]),
    });
    // Read the answer to its end so the connection can be reused; its content is not used.
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
  } catch (error) {
    throw timeout.signal.aborted ? timeout.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}
