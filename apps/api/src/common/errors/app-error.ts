import type { FieldProblem } from '@vigil/types';

/**
 * Every error code a module may raise, with the HTTP status it maps to. Adding a code
 * here is the only way to give it a status: the filter looks nothing else up.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A watched service's agent could not be reached or answered out of contract. */
  BAD_GATEWAY: 502,
  DEPENDENCY_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A domain error with a code; `message` names the field or resource at fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export class ValidationFailed extends AppError {
  constructor(fields: FieldProblem[]) {
    super(
      'VALIDATION_FAILED',
      fields.map((f) => `${f.field}: ${f.problem}`).join('; ') || 'invalid input',
      fields,
    );
  }
}

export class NotFound extends AppError {
  constructor(resource: string, id: string) {
    super('NOT_FOUND', `${resource} "${id}" not found`);
  }
}
