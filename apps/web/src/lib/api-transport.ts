import { ApiError, ApiUnreachableError } from './api-errors';
import { isErrorBody } from './contract-guards';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** Cancels the call when the caller loses interest (react-query passes one per query). */
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  ok: boolean;
  /** `undefined` for an empty body. */
  body: unknown;
}

/** Query-string values; `undefined` leaves the parameter out. */
export type QueryValues = Record<string, string | number | undefined>;

export type Guard<T> = (body: unknown) => body is T;

/**
 * The one place that talks HTTP to the API: a timeout over the whole exchange, JSON in
 * and out, and the two error kinds the page distinguishes (no answer vs. a bad answer).
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

  /** Sends, then checks the status and the body's shape; returns the typed body. */
  async call<T>(
    method: HttpMethod,
    path: string,
    guard: Guard<T>,
    what: string,
    options: RequestOptions & { query?: QueryValues; body?: unknown } = {},
  ): Promise<T> {
    const response = await this.send(method, this.url(path, options.query), options, options.body);
    return expectBody(response, guard, what);
  }

  async send(method: HttpMethod, url: string, { signal }: RequestOptions = {}, body?: unknown): Promise<RawResponse> {
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
      return { status: response.status, ok: response.ok, body: parseBody(text, response.status) };
    } catch (error) {
      if (error instanceof ApiError) throw error;
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

/** Throws for a non-2xx answer or a body of the wrong shape; returns the typed body otherwise. */
export function expectBody<T>(response: RawResponse, guard: Guard<T>, what: string): T {
  if (!response.ok) {
    const body = isErrorBody(response.body) ? response.body : null;
    throw new ApiError(response.status, body, body?.message ?? `The API answered ${response.status}`);
  }
  if (!guard(response.body)) {
    throw new ApiError(response.status, null, `The API answered ${response.status} without ${what}`);
  }
  return response.body;
}

function parseBody(text: string, status: number): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError(status, null, `The API answered ${status} with a body that is not JSON: ${errorMessage(error)}`);
  }
}

function errorMessage(error: unknown): string {
  // fetch reports the real reason (ECONNREFUSED, ENOTFOUND) only in `cause`.
  if (error instanceof Error && error.cause instanceof Error) return `${error.message} (${error.cause.message})`;
  return error instanceof Error ? error.message : String(error);
}
