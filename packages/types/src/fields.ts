/**
 * Field schemas every contract reuses, so a label name or a duration is checked, worded
 * and documented the same way on every route.
 */
import { z } from 'zod';
import { formatDuration, LABEL_NAME, METRIC_NAME, parseDuration, parseRfc3339, parseTime, UUID } from './formats.js';

// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex -- NUL is exactly what it refuses
const NO_NUL = /^[^\u0000]*$/;

/**
 * The one word for NUL, which PostgreSQL refuses in text and in jsonb (keys included):
 * every text that is stored refuses it at the edge, so it is a 400 naming the field
 * instead of a 500 from the database.
 */
export const NUL_PROBLEM = 'must not contain NUL (\\u0000)';

/** `schema` refusing NUL first, with NUL_PROBLEM; later checks do not run on such a value. */
export function withoutNul(schema: z.ZodString): z.ZodString {
  return schema.regex(NO_NUL, { message: NUL_PROBLEM, abort: true });
}

/** A trimmed, non-empty line of at most `max` characters without control characters. */
export function text(max: number) {
  return withoutNul(z.string().trim())
    .min(1, 'must be a non-empty string')
    .max(max, `is longer than ${max} characters`)
    .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters');
}

/** Free text that is stored as given: any characters but NUL, which PostgreSQL refuses. */
export function storedString(max: number) {
  return withoutNul(z.string()).max(max, `is longer than ${max} characters`);
}

export const Uuid = z
  .string()
  .regex(UUID, 'must be a UUID')
  .transform((id) => id.toLowerCase())
  .meta({ format: 'uuid' });

export const MetricName = z
  .string()
  .max(200, 'is longer than 200 characters')
  .regex(METRIC_NAME, 'must be a metric name matching [a-zA-Z_:][a-zA-Z0-9_:]*');

export const LabelName = withoutNul(z.string())
  .max(128, 'is longer than 128 characters')
  .regex(LABEL_NAME, 'name must match [a-zA-Z_][a-zA-Z0-9_]* and not start with __')
  .refine((name) => !name.startsWith('__'), 'name must match [a-zA-Z_][a-zA-Z0-9_]* and not start with __');

export interface LabelMapLimits {
  maxEntries: number;
  maxValueLength: number;
  /** Names Vigil sets itself. */
  reserved?: readonly string[];
}

/** `{ label: value }` with Prometheus label names. */
export function labelMap({ maxEntries, maxValueLength, reserved = [] }: LabelMapLimits) {
  return z.record(LabelName, storedString(maxValueLength)).superRefine((labels, ctx) => {
    const names = Object.keys(labels);
    if (names.length > maxEntries) {
      ctx.addIssue({ code: 'custom', message: `has ${names.length} entries, above the limit of ${maxEntries}` });
    }
    for (const name of names.filter((n) => reserved.includes(n))) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'is set by Vigil' });
    }
  });
}

/** A Prometheus duration (`30s`, `5m`, `1h30m`, `0s`) within [min, max] milliseconds. */
export function duration(bounds: { min: number; max: number }) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be a non-negative duration such as 30s, 5m or 1h' });
      } else if (ms < bounds.min || ms > bounds.max) {
        ctx.addIssue({ code: 'custom', message: `must be between ${formatDuration(bounds.min)} and ${formatDuration(bounds.max)}` });
      }
    })
    .meta({ pattern: '^(\\d+|(\\d+(ms|s|m|h|d|w))+)$', example: '5m' });
}

/** An RFC 3339 time, as Prometheus and Alertmanager write them. */
export const Rfc3339 = z
  .string()
  .refine((value) => parseRfc3339(value) !== undefined, 'must be an RFC 3339 time such as 2026-01-01T00:00:00Z')
  .meta({ format: 'date-time' });

/** RFC 3339 or Unix milliseconds, as query strings carry them. */
export const TimeParam = z
  .string()
  .refine((value) => parseTime(value) !== undefined, 'must be RFC 3339 or Unix milliseconds')
  .meta({ example: '2026-01-01T00:00:00Z' });

/** A whole number in a query string. */
export function intParam(bounds: { min: number; max?: number }) {
  const words = bounds.max === undefined ? `must be a whole number from ${bounds.min}` : `must be a whole number from ${bounds.min} to ${bounds.max}`;
  // Query strings carry text; a client building one may hold the number itself.
  return z
    .union([z.number(), z.string().regex(/^\d{1,15}$/, words).transform(Number)], { error: words })
    .pipe(bounds.max === undefined ? z.number().min(bounds.min, words) : z.number().min(bounds.min, words).max(bounds.max, words));
}

export const FiniteNumber = z.number();

/** Timestamps in answers. */
export const Timestamp = z.string().meta({ format: 'date-time' });

/** `{ id }` of routes such as `/alert-rules/:id`. */
export const IdParams = z.object({ id: Uuid });
export type IdParams = z.output<typeof IdParams>;

/** A whole number in [min, max], one message for every way it can be wrong. */
export function wholeNumber(min: number, max: number) {
  const words = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: words }).int(words).min(min, words).max(max, words);
}
