import { z } from 'zod';
import { ComponentStatus, ProbeComponent } from './errors.js';
import { intParam, storedString, TimeParam, Timestamp } from './fields.js';

/** Body of `GET /health/live` (always 200 while the process can serve). */
export const LivenessReport = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });
export type LivenessReport = z.infer<typeof LivenessReport>;

/**
 * Body of a 200 from `GET /health/ready`. A 503 answers with an `ErrorBody` whose
 * `details.components` holds the same map, failing components included.
 */
export const ReadinessReport = z.object({ status: z.literal('ok'), components: z.record(z.string(), ProbeComponent) });
export type ReadinessReport = z.infer<typeof ReadinessReport>;

/** Body of a 200 from `GET /health/startup`: every expected startup step completed. */
export const StartupReport = z.object({ status: z.literal('ok'), completedSteps: z.array(z.string()) });
export type StartupReport = z.infer<typeof StartupReport>;

export const PROBE_PATHS = {
  live: '/health/live',
  ready: '/health/ready',
  startup: '/health/startup',
} as const;

export const HEALTH_PATHS = {
  detail: '/api/v1/health',
  history: '/api/v1/health/history',
  uptime: '/api/v1/health/uptime',
} as const;

/** What a component watches; HTTP dependencies are named `http:<name>`. */
export const HEALTH_COMPONENT_KINDS = ['database', 'redis', 'migrations', 'disk', 'heap', 'rss', 'event-loop', 'http'] as const;
export const HealthComponentKind = z.enum(HEALTH_COMPONENT_KINDS);
export type HealthComponentKind = z.infer<typeof HealthComponentKind>;

export const MAX_HTTP_TARGETS = 20;
export const MAX_HTTP_TARGET_TIMEOUT_MS = 30_000;

const STATUS_WORDS = 'must be an integer status from 100 to 599';
const HttpStatus = z.number({ error: STATUS_WORDS }).int(STATUS_WORDS).min(100, STATUS_WORDS).max(599, STATUS_WORDS);

function isHttpUrlWithHost(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * An HTTP dependency to check, from `HEALTH_HTTP_TARGETS` or the `health.httpTargets`
 * setting. A critical target gates readiness; a non-critical one only degrades health.
 */
export const HealthHttpTarget = z.strictObject({
  /** The component is `http:<name>`. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'must match ^[a-z0-9][a-z0-9-]*$ and be at most 48 characters'),
  // Stored as given (a setting is jsonb): a NUL the URL parser would encode is refused.
  url: storedString(2_048).refine(isHttpUrlWithHost, 'must be an http:// or https:// URL with a host'),
  /** Inclusive range of statuses that count as up; default 200–299. Redirects are not followed. */
  expectedStatus: z
    .strictObject({ min: HttpStatus, max: HttpStatus }, { error: 'must be { min, max } with integer statuses from 100 to 599' })
    .refine((range) => range.min <= range.max, 'min must not be above max')
    .optional(),
  /** Default `HEALTH_CHECK_TIMEOUT_MS`. */
  timeoutMs: z
    .number()
    .int(`must be an integer from 1 to ${MAX_HTTP_TARGET_TIMEOUT_MS}`)
    .min(1, `must be an integer from 1 to ${MAX_HTTP_TARGET_TIMEOUT_MS}`)
    .max(MAX_HTTP_TARGET_TIMEOUT_MS, `must be an integer from 1 to ${MAX_HTTP_TARGET_TIMEOUT_MS}`)
    .optional(),
  /** Default false. */
  critical: z.boolean().optional(),
});
export type HealthHttpTarget = z.infer<typeof HealthHttpTarget>;

/** Target names are unique: each becomes one component. */
export const HealthHttpTargets = z
  .array(HealthHttpTarget, { error: 'must be a JSON array of targets' })
  .max(MAX_HTTP_TARGETS, `must hold at most ${MAX_HTTP_TARGETS} targets`)
  .superRefine((targets, ctx) => {
    const seen = new Set<string>();
    targets.forEach((target, index) => {
      if (seen.has(target.name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `"${target.name}" is used twice` });
      seen.add(target.name);
    });
  });

/** One component in `GET /api/v1/health`. */
export const HealthComponentReport = z.object({
  name: z.string(),
  kind: HealthComponentKind,
  status: ComponentStatus,
  isCritical: z.boolean(),
  responseTimeMs: z.number().nullable(),
  message: z.string().nullable(),
  /** When this instance last ran the check (a cached result keeps its first time). */
  lastCheckedAt: Timestamp,
  /** Since when this instance has seen the component in this status (at most since it started). */
  since: Timestamp,
});
export type HealthComponentReport = z.infer<typeof HealthComponentReport>;

/** The 0–100 score and its four terms, each 0–1 (see docs/health.md). */
export const HealthScore = z.object({
  value: z.number(),
  availability: z.number(),
  performance: z.number(),
  errorRate: z.number(),
  resources: z.number(),
});
export type HealthScore = z.infer<typeof HealthScore>;

/** Body of `GET /api/v1/health`: this instance's view of every component. */
export const HealthReport = z.object({
  /** `down` when a critical component is down; `degraded` when any other is not up. */
  status: ComponentStatus,
  instance: z.string(),
  checkedAt: Timestamp,
  score: HealthScore,
  components: z.array(HealthComponentReport),
});
export type HealthReport = z.infer<typeof HealthReport>;

export const HISTORY_DEFAULT_LIMIT = 1_000;
export const HISTORY_MAX_LIMIT = 5_000;

const ComponentFilter = z
  .string({ error: (issue) => (Array.isArray(issue.input) ? 'must be given once' : undefined) })
  .regex(/^[a-z0-9][a-z0-9:._-]{0,63}$/, 'must be a component name such as database or http:payments');
const InstanceFilter = z
  .string({ error: (issue) => (Array.isArray(issue.input) ? 'must be given once' : undefined) })
  .min(1, 'must be 1 to 128 characters')
  .max(128, 'must be 1 to 128 characters');

/** Query string of `GET /api/v1/health/history`. */
export const HealthHistoryParams = z.strictObject({
  component: ComponentFilter.optional(),
  instance: InstanceFilter.optional(),
  /** RFC 3339 or Unix ms; default 24 h before `to`. */
  from: TimeParam.optional(),
  /** RFC 3339 or Unix ms; default now. */
  to: TimeParam.optional(),
  limit: intParam({ min: 1, max: HISTORY_MAX_LIMIT }).optional(),
});
export type HealthHistoryParams = z.input<typeof HealthHistoryParams>;

/** One recorded check. */
export const HealthCheckRecord = z.object({
  instance: z.string(),
  component: z.string(),
  status: ComponentStatus,
  isCritical: z.boolean(),
  responseTimeMs: z.number().nullable(),
  message: z.string().nullable(),
  checkedAt: Timestamp,
});
export type HealthCheckRecord = z.infer<typeof HealthCheckRecord>;

/** Newest first; `truncated` when more rows matched than `limit`. */
export const HealthHistoryPage = z.object({
  from: Timestamp,
  to: Timestamp,
  items: z.array(HealthCheckRecord),
  truncated: z.boolean(),
});
export type HealthHistoryPage = z.infer<typeof HealthHistoryPage>;

export const UPTIME_WINDOWS = ['1h', '24h', '7d', '30d'] as const;
export const UptimeWindow = z.enum(UPTIME_WINDOWS);
export type UptimeWindow = z.infer<typeof UptimeWindow>;

/** Share of recorded checks in the window that were up or degraded; null without checks. */
export const UptimeFigure = z.object({
  percent: z.number().nullable(),
  checks: z.number().int(),
  availableChecks: z.number().int(),
});
export type UptimeFigure = z.infer<typeof UptimeFigure>;

export const ComponentUptime = z.object({ component: z.string(), windows: z.record(UptimeWindow, UptimeFigure) });
export type ComponentUptime = z.infer<typeof ComponentUptime>;

/** Query string of `GET /api/v1/health/uptime`. */
export const HealthUptimeParams = z.strictObject({ component: ComponentFilter.optional(), instance: InstanceFilter.optional() });
export type HealthUptimeParams = z.input<typeof HealthUptimeParams>;

/** Body of `GET /api/v1/health/uptime`. */
export const HealthUptimeReport = z.object({ at: Timestamp, components: z.array(ComponentUptime) });
export type HealthUptimeReport = z.infer<typeof HealthUptimeReport>;
