/** Why a scrape failed, worded as Prometheus words it on its targets page where it can. */
export class ScrapeFailed extends Error {}

export interface ScrapeRequest {
  url: string;
  timeoutMs: number;
  maxBodyBytes: number;
  bearerToken: string | null;
}

// The classic text format only: that is what the parser reads, and every client library serves it.
const ACCEPT = 'text/plain;version=0.0.4;q=1,*/*;q=0.1';

/**
 * Fetches one exposition: HTTP 200 within the timeout, gzip decoded by fetch, and the
 * decoded body cut off past `maxBodyBytes` before it is ever held whole, so a target
 * cannot make the server buffer more than that.
 */
export async function fetchExposition(request: ScrapeRequest): Promise<string> {
  const headers: Record<string, string> = {
    accept: ACCEPT,
    'accept-encoding': 'gzip',
    'user-agent': 'Vigil-Scraper',
    'x-prometheus-scrape-timeout-seconds': String(request.timeoutMs / 1_000),
  };
  if (request.bearerToken !== null) headers.authorization = `Bearer ${request.bearerToken}`;
  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  try {
    // No redirects: a target must not be able to send the scraper somewhere else.
    response = await fetch(request.url, { headers, signal, redirect: 'manual' });
  } catch (error) {
    throw new ScrapeFailed(failureOf(error, request.timeoutMs));
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    throw new ScrapeFailed(`server returned HTTP status ${response.status} ${response.statusText}`.trimEnd());
  }
  try {
    return await readCapped(response, request.maxBodyBytes);
  } catch (error) {
    if (error instanceof ScrapeFailed) throw error;
    throw new ScrapeFailed(failureOf(error, request.timeoutMs));
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // A plain body that says it is too big is refused before reading it (a gzip one may still be fine).
  if (!response.headers.get('content-encoding') && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ScrapeFailed(bodyTooLarge(maxBytes));
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  // Fatal, as promtool and Prometheus refuse a body that is not UTF-8.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ScrapeFailed(bodyTooLarge(maxBytes));
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const bodyTooLarge = (maxBytes: number) => `body size limit exceeded: the response is larger than ${maxBytes} bytes`;

function failureOf(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: Error & { code?: string } };
  if (e.name === 'TimeoutError') return `context deadline exceeded (timeout ${timeoutMs / 1_000}s)`;
  const cause = e.cause;
  if (cause?.code) return `${cause.code}: ${cause.message}`;
  return cause?.message ?? e.message;
}
