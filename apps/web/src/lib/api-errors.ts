import type { ErrorBody, FieldProblem } from '@vigil/types';

/** The API answered, but not with what the call expects (a non-2xx status or an unreadable body). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    /** The parsed answer when it has the shape every API error shares, otherwise null. */
    readonly body: ErrorBody | null,
    message: string,
  ) {
    super(message);
  }

  get fieldProblems(): FieldProblem[] {
    return this.body?.details?.fields ?? [];
  }
}

/** No answer at all: connection refused, DNS failure, CORS rejection or a timeout. */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';

  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
