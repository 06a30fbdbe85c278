import { ErrorBody, parseWith } from '@vigil/types';
import type { z } from 'zod';
import { ApiError } from './api-errors';
import { contractMismatch } from './contract-mismatch';

/** What the API sent back, before anything is assumed about it. */
export interface RawResponse {
  /** The call, as `GET /api/v1/alerts`. */
  route: string;
  status: number;
  ok: boolean;
  text: string;
}

type Json = { ok: true; value: unknown } | { ok: false; reason: string };

/** An empty body reads as `undefined`, so a schema that wants one says "is required". */
function jsonOf(text: string): Json {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The ErrorBody of a 4xx/5xx, or null when a proxy or a crash sent something else. */
export function errorBodyOf(response: RawResponse): ErrorBody | null {
  const json = jsonOf(response.text);
  const parsed = json.ok ? ErrorBody.safeParse(json.value) : undefined;
  return parsed?.success ? parsed.data : null;
}

function httpError(response: RawResponse): ApiError {
  const body = errorBodyOf(response);
  const { route, status } = response;
  return new ApiError({ kind: 'http', route, status, body, message: body?.message ?? `The API answered ${status} to ${route}` });
}

/** The body of a 2xx as its schema parses it (defaults filled in, unknown fields dropped). */
export function readAnswer<S extends z.ZodType>(response: RawResponse, schema: S): z.output<S> {
  if (!response.ok) throw httpError(response);
  const json = jsonOf(response.text);
  if (!json.ok) throw contractMismatch(response.route, response.status, [{ field: 'body', problem: `is not JSON (${json.reason})` }]);
  const parsed = parseWith(schema, json.value);
  if (!parsed.ok) throw contractMismatch(response.route, response.status, parsed.problems);
  return parsed.value;
}

/** A 2xx that must carry no body, as a DELETE's 204. */
export function readEmptyAnswer(response: RawResponse): void {
  if (!response.ok) throw httpError(response);
  if (response.text !== '') throw contractMismatch(response.route, response.status, [{ field: 'body', problem: 'must be empty' }]);
}
