import type { ErrorBody, FieldProblem } from '@vigil/types';

/**
 * `http`: a 4xx/5xx (with an ErrorBody when the API sent one). `contract`: a 2xx whose
 * body does not match its schema, so the API and the page speak different versions.
 */
export type ApiErrorKind = 'http' | 'contract';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** The call, as `GET /api/v1/alerts`. */
  route: string;
  status: number;
  body?: ErrorBody | null;
  mismatches?: FieldProblem[];
  message: string;
}

/** The API answered, but not with what the call expects. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly route: string;
  readonly status: number;
  /** The parsed answer of an `http` error when it has the shape every API error shares, otherwise null. */
  readonly body: ErrorBody | null;
  /** Of a `contract` error: where the answer departs from its schema, paths inside the body. */
  readonly mismatches: FieldProblem[];

  constructor({ kind, route, status, body = null, mismatches = [], message }: ApiErrorInit) {
    super(message);
    this.kind = kind;
    this.route = route;
    this.status = status;
    this.body = body;
    this.mismatches = mismatches;
  }

  /**
   * Problems with what the page sent, for forms to show at their inputs. A contract
   * mismatch names fields of the answer instead, so it never lands here.
   */
  get fieldProblems(): FieldProblem[] {
    return this.body?.details?.fields ?? [];
  }
}

/** No answer at all: connection refused, DNS failure, CORS rejection or a timeout. */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
  readonly kind = 'unreachable';

  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
