import {
  PROBE_PATHS,
  type ErrorBody,
  type ReadinessReport,
  type Setting,
  type SettingKey,
  type SettingUpdate,
  type SettingValue,
} from '@vigil/types';
import { ApiError, ApiUnreachableError } from './api-errors';
import { isErrorBody, isReadinessReport, isSetting, isSettingList } from './contract-guards';

export { ApiError, ApiUnreachableError } from './api-errors';

/** A 503 from the readiness probe is an answer ("not ready"), not a failure of the call. */
export type ReadinessResult =
  | { ready: true; report: ReadinessReport }
  | { ready: false; error: ErrorBody };

export interface ApiClientOptions {
  /** e.g. `http://localhost:3001`; a trailing slash is ignored. */
  baseUrl: string;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
}

export interface RequestOptions {
  /** Cancels the call when the caller loses interest (react-query passes one per query). */
  signal?: AbortSignal;
}

interface RawResponse {
  status: number;
  ok: boolean;
  /** `undefined` for an empty body. */
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 8_000;
const CONFIG_PATH = '/api/v1/config';
const JSON_ACCEPT = { accept: 'application/json' };

export class ApiClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async getReadiness(options: RequestOptions = {}): Promise<ReadinessResult> {
    const response = await this.send('GET', PROBE_PATHS.ready, options);
    if (response.status === 503 && isErrorBody(response.body)) {
      return { ready: false, error: response.body };
    }
    return { ready: true, report: this.expect(response, isReadinessReport, 'a readiness report') };
  }

  async listSettings(options: RequestOptions = {}): Promise<Setting[]> {
    const response = await this.send('GET', CONFIG_PATH, options);
    return this.expect(response, isSettingList, 'a list of settings');
  }

  async updateSetting(key: SettingKey, value: SettingValue): Promise<Setting> {
    const update: SettingUpdate = { value };
    const response = await this.send('PUT', settingPath(key), {}, update);
    return this.expect(response, isSetting, 'a setting');
  }

  async resetSetting(key: SettingKey): Promise<Setting> {
    const response = await this.send('DELETE', settingPath(key));
    return this.expect(response, isSetting, 'a setting');
  }

  /** Throws for a non-2xx answer or a body of the wrong shape; returns the typed body otherwise. */
  private expect<T>(response: RawResponse, isExpected: (body: unknown) => body is T, what: string): T {
    if (!response.ok) {
      const body = isErrorBody(response.body) ? response.body : null;
      throw new ApiError(response.status, body, body?.message ?? `The API answered ${response.status}`);
    }
    if (!isExpected(response.body)) {
      throw new ApiError(response.status, null, `The API answered ${response.status} without ${what}`);
    }
    return response.body;
  }

  private async send(
    method: 'GET' | 'PUT' | 'DELETE',
    path: string,
    { signal }: RequestOptions = {},
    body?: unknown,
  ): Promise<RawResponse> {
    const url = `${this.baseUrl}${path}`;
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
      throw new ApiUnreachableError(url, `${method} ${url} failed: ${errorMessage(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

function settingPath(key: SettingKey): string {
  return `${CONFIG_PATH}/${encodeURIComponent(key)}`;
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
