import type { z } from 'zod';
import { readAnswer, readEmptyAnswer, type RawResponse } from './api-answer';
import { ApiUnreachableError } from './api-errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** Cancels the call when the caller loses interest (react-query passes one per query). */
  signal?: AbortSignal;
}

/** Query-string values; `undefined` leaves the parameter out. */
export type QueryValues = Record<string, string | number | undefined>;

export interface CallOptions extends RequestOptions {
  query?: QueryValues;
  /** Sent as JSON. */
  body?: unknown;
}

/**
 * The one place that talks HTTP to the API: a timeout over the whole exchange and JSON
 * out. No answer at all is its error; what an answer means is `api-answer`'s.
 */
export class ApiTransport {
  readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  url(path: string, query: QueryValues = {}): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') search.set(name, String(value));
    }
    const text = search.toString();
    return `${this.baseUrl}${path}${text ? `?${text}` : ''}`;
  }

  /** Sends, then returns the body as `schema` parses it. */
  async call<S extends z.ZodType>(method: HttpMethod, path: string, schema: S, options: CallOptions = {}): Promise<z.output<S>> {
    return readAnswer(await this.send(method, path, options), schema);
  }

  /** Sends a call the API answers with no body (204). */
  async callForNoContent(method: HttpMethod, path: string, options: CallOptions = {}): Promise<void> {
    readEmptyAnswer(await this.send(method, path, options));
  }

  async send(method: HttpMethod, path: string, { signal, query, body }: CallOptions = {}): Promise<RawResponse> {
    const url = this.url(path, query);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    try {
      const response = await fetch(url, {
        method,
        signal: combined,
        headers: body === undefined ? JSON_ACCEPT : { ...JSON_ACCEPT, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { route: `${method} ${path}`, status: response.status, ok: response.ok, text };
    } catch (error) {
      // The caller's own cancellation is not the API's fault; let it propagate as is.
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) {
        throw new ApiUnreachableError(url, `${method} ${url} got no answer within ${this.timeoutMs} ms`, { cause: error });
      }
      // Browsers report a refused connection and a CORS refusal alike, so name both.
      throw new ApiUnreachableError(url, `${method} ${url} failed: ${errorMessage(error)} (API down, or it refused this page's origin or method)`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}

const JSON_ACCEPT = { accept: 'application/json' };

function errorMessage(error: unknown): string {
  // fetch reports the real reason (ECONNREFUSED, ENOTFOUND) only in `cause`.
  if (error instanceof Error && error.cause instanceof Error) return `${error.message} (${error.cause.message})`;
  return error instanceof Error ? error.message : String(error);
}
