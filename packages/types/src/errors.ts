import { z } from 'zod';

export const COMPONENT_STATUSES = ['up', 'degraded', 'down'] as const;
export const ComponentStatus = z.enum(COMPONENT_STATUSES);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

/** One problem with one input field, e.g. `{ field: "value", problem: "must be at most 64 characters" }`. */
export const FieldProblem = z.object({ field: z.string(), problem: z.string() });
export type FieldProblem = z.infer<typeof FieldProblem>;

export const ProbeComponent = z.object({
  status: ComponentStatus,
  message: z.string().optional(),
  responseTimeMs: z.number().optional(),
});
export type ProbeComponent = z.infer<typeof ProbeComponent>;

export const ErrorDetails = z.object({
  /** Validation problems, one per offending field. */
  fields: z.array(FieldProblem).optional(),
  /** Probe results, when a readiness check failed. */
  components: z.record(z.string(), ProbeComponent).optional(),
  /** The dependency that could not serve the request, on a 503 (`database`). */
  dependency: z.string().optional(),
});
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/**
 * The body of every 4xx/5xx answer from the API. `message` always names the field or
 * resource at fault; `details` carries the structured form when there is one.
 */
export const ErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  details: ErrorDetails.optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
