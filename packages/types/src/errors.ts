/** One problem with one input field, e.g. `{ field: "value", problem: "must be at most 64 characters" }`. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * The body of every 4xx/5xx answer from the API. `message` always names the field or
 * resource at fault; `details` carries the structured form when there is one.
 */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: ErrorDetails;
}

export interface ErrorDetails {
  /** Validation problems, one per offending field. */
  fields?: FieldProblem[];
  /** Probe results, when a readiness check failed. */
  components?: Record<string, ProbeComponent>;
}

export type ComponentStatus = 'up' | 'degraded' | 'down';

export interface ProbeComponent {
  status: ComponentStatus;
  message?: string;
  responseTimeMs?: number;
}
