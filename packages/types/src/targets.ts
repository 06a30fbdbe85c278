/**
 * Scrape targets: the instances Vigil reads `/metrics` from, in Prometheus' terms
 * (`scrapeInterval`, `scrapeTimeout`, `sampleLimit`, `health`, `lastError`), whether
 * they came from configuration, the API, an agent's heartbeat or Kubernetes.
 */
import { z } from 'zod';
import { duration, labelMap, storedString, text, Timestamp, withoutNul } from './fields.js';
import { parseDuration } from './formats.js';
import { ServiceName } from './scaling-services.js';

/** Where a target came from; only `api` targets can be edited through the API. */
export const TargetSource = z.enum(['static', 'api', 'agent', 'kubernetes']);
export type TargetSource = z.infer<typeof TargetSource>;

/** Prometheus' target health: `unknown` until the first scrape ends. */
export const TargetHealth = z.enum(['up', 'down', 'unknown']);
export type TargetHealth = z.infer<typeof TargetHealth>;

/** Labels the scraper sets itself on every series of a target. */
export const TARGET_RESERVED_LABELS = ['service', 'instance', 'job'] as const;

export const TARGET_DEFAULTS = {
  scrapeInterval: '15s',
  scrapeTimeout: '10s',
  sampleLimit: 50_000,
} as const;
export const MAX_SAMPLE_LIMIT = 1_000_000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const ScrapeUrl = withoutNul(z.string())
  .max(2_048, 'is longer than 2048 characters')
  .refine(isHttpUrl, 'must be an http:// or https:// URL with a host and without credentials (use bearerToken)');

/** `host:port` of a URL, with the scheme's default port: Prometheus' default `instance`. */
export function instanceOfUrl(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  return `${parsed.hostname.includes(':') ? `[${parsed.hostname}]` : parsed.hostname}:${port}`;
}

const targetFields = {
  service: ServiceName,
  /** Default: `host:port` of the URL, as Prometheus sets `instance`. */
  instance: text(256).optional(),
  url: ScrapeUrl,
  labels: labelMap({ maxEntries: 20, maxValueLength: 256, reserved: TARGET_RESERVED_LABELS }).default({}),
  scrapeInterval: duration({ min: 1_000, max: 3_600_000 }).default(TARGET_DEFAULTS.scrapeInterval),
  scrapeTimeout: duration({ min: 100, max: 3_600_000 }).default(TARGET_DEFAULTS.scrapeTimeout),
  /** A scrape with more samples than this fails, as Prometheus' `sample_limit`. */
  sampleLimit: z
    .number({ error: `must be a whole number from 1 to ${MAX_SAMPLE_LIMIT}` })
    .int(`must be a whole number from 1 to ${MAX_SAMPLE_LIMIT}`)
    .min(1, `must be a whole number from 1 to ${MAX_SAMPLE_LIMIT}`)
    .max(MAX_SAMPLE_LIMIT, `must be a whole number from 1 to ${MAX_SAMPLE_LIMIT}`)
    .default(TARGET_DEFAULTS.sampleLimit),
  /** Sent as `Authorization: Bearer …`; stored, never returned. */
  bearerToken: storedString(4_096).min(1, 'must be a non-empty string').nullable().default(null),
};

/**
 * Body of `POST /api/v1/targets` and `PUT /api/v1/targets/:id`, and one entry of
 * `SCRAPE_TARGETS`. The timeout may not exceed the interval (Prometheus refuses it too).
 */
export const ScrapeTargetInput = z.strictObject(targetFields).superRefine((input, ctx) => {
  const interval = parseDuration(input.scrapeInterval);
  const timeout = parseDuration(input.scrapeTimeout);
  if (interval !== undefined && timeout !== undefined && timeout > interval) {
    ctx.addIssue({ code: 'custom', path: ['scrapeTimeout'], message: `must not exceed scrapeInterval (${input.scrapeInterval})` });
  }
});
export type ScrapeTargetInput = z.input<typeof ScrapeTargetInput>;
export type ScrapeTargetSpec = z.output<typeof ScrapeTargetInput>;

/** `SCRAPE_TARGETS`: a JSON list of targets, in the spirit of Prometheus' `static_configs`. */
export const StaticScrapeTargets = z.array(ScrapeTargetInput).max(1_000, 'must list at most 1000 targets');

/** What the agent told the server about itself in its last heartbeat. */
export const TargetAgent = z.object({
  version: z.string().nullable(),
  pid: z.number().int(),
  host: z.string(),
  startedAt: Timestamp,
  lastHeartbeatAt: Timestamp,
  /** Where the profiler control endpoints are; null when remote profiling is off. */
  controlUrl: z.string().nullable(),
});
export type TargetAgent = z.infer<typeof TargetAgent>;

export const ScrapeTarget = z.object({
  id: z.string(),
  service: z.string(),
  instance: z.string(),
  url: z.string(),
  source: TargetSource,
  labels: z.record(z.string(), z.string()),
  scrapeInterval: z.string(),
  scrapeTimeout: z.string(),
  sampleLimit: z.number().int(),
  hasBearerToken: z.boolean(),
  health: TargetHealth,
  lastScrapeAt: Timestamp.nullable(),
  lastScrapeDurationSeconds: z.number().nullable(),
  /** `scrape_samples_scraped` of the last scrape. */
  lastSamples: z.number().int().nullable(),
  lastError: z.string().nullable(),
  /** The Vigil replica that holds this target's scrape lease; null when none does. */
  scrapedBy: z.string().nullable(),
  agent: TargetAgent.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ScrapeTarget = z.infer<typeof ScrapeTarget>;

export const ScrapeTargetList = z.array(ScrapeTarget);

export const TargetsQuery = z.strictObject({
  service: ServiceName.optional(),
  health: TargetHealth.optional(),
  source: TargetSource.optional(),
});
export type TargetsQuery = z.infer<typeof TargetsQuery>;

/** Answer of the heartbeat route: the target the agent is, and how often it is scraped. */
export const AgentHeartbeatAnswer = z.object({
  targetId: z.string(),
  scrapeInterval: z.string(),
});
export type AgentHeartbeatAnswer = z.infer<typeof AgentHeartbeatAnswer>;
