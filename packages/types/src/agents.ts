/**
 * The contract between an instrumented service (`@vigil/nestjs`, "the agent") and the
 * Vigil server: the heartbeat the agent posts to the server, and the profiler control
 * endpoints the server calls on the agent under the agent's control prefix.
 */
import { z } from 'zod';
import { text, withoutNul } from './fields.js';
import { ProcessProfilingSession, ProfileType } from './profiler.js';

/** Where the agent posts its heartbeat, relative to the server's base URL. */
export const AGENT_HEARTBEAT_PATH = '/api/v1/targets/heartbeat';

/** The agent's control endpoints, relative to its control prefix (default `/vigil`). */
export const AGENT_CONTROL_DEFAULT_PREFIX = '/vigil';
export const AGENT_CONTROL_PATHS = {
  /** `GET`: AgentProfilerStatus. */
  profiler: '/profiler',
  /** `POST` a ProfilingSessionInput: 201 with the ProcessProfilingSession; 409 while one runs. */
  sessions: '/profiler/sessions',
  /** `GET`: the ProcessProfilingSession. */
  session: '/profiler/sessions/:id',
  /** `POST`: stops a running session and answers the ProcessProfilingSession. */
  stop: '/profiler/sessions/:id/stop',
  /** `GET`: the artifact file (`.cpuprofile`, `.heapprofile`, `.heapsnapshot`). */
  artifact: '/profiler/sessions/:id/artifact',
} as const;

function isHttpUrlWithHost(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// Stored as sent: the URL parser lets a NUL through (stripped or percent-encoded), PostgreSQL does not.
const HttpUrl = withoutNul(z.string()).max(2_048).refine(isHttpUrlWithHost, 'must be an http:// or https:// URL with a host');
const RFC3339 = z.iso.datetime({ offset: true });
const AbsolutePath = withoutNul(z.string()).max(256).regex(/^\/[^\s?#]*$/, 'must be an absolute path without a query');

/**
 * Body of `POST /api/v1/targets/heartbeat`, sent by each agent every `intervalMs` with
 * `Authorization: Bearer <agent token>`. A plain (not strict) object on purpose: an
 * agent newer than its server may add fields, and the server must still register it.
 * `service` and `instance` become the target labels the server adds when it scrapes;
 * the agent never sets them on its own series.
 */
export const AgentHeartbeat = z.object({
  service: text(128),
  /** Stable for the life of the process; default `<host>:<pid>`. */
  instanceId: text(256),
  /** The service's own version, when it says one. */
  version: text(128).nullable(),
  /**
   * Where the server reaches this instance: the agent's `advertiseUrl`, or the address it
   * listens on. The control endpoints are at `baseUrl` + `controlPrefix`.
   */
  baseUrl: HttpUrl,
  /** Where the server scrapes this instance (`baseUrl` + the metrics path); null when it serves no metrics. */
  metricsUrl: HttpUrl.nullable(),
  /** Whether scraping `metricsUrl` needs a bearer token. */
  metricsTokenRequired: z.boolean(),
  pid: z.number().int().min(1),
  host: text(255),
  /** When the process started. */
  startedAt: RFC3339,
  /**
   * The readiness probe (`/health/ready` by default), which the server probes with each
   * scrape into the service's health history; null or absent when the agent serves no probes.
   */
  readinessUrl: HttpUrl.nullable().optional(),
  /** Prefix of the profiler control endpoints; null when remote profiling is off. */
  controlPrefix: AbsolutePath.nullable(),
  /** How often the agent sends this; the server may drop a target that missed a few. */
  intervalMs: z.number().int().min(1),
});
export type AgentHeartbeat = z.infer<typeof AgentHeartbeat>;

/** Answer of `GET <prefix>/profiler`: what runs now, what is kept, and the agent's limits. */
export const AgentProfilerStatus = z.object({
  instanceId: z.string(),
  running: ProcessProfilingSession.nullable(),
  /** Newest first, the running one included; older ones are forgotten past a few. */
  sessions: z.array(ProcessProfilingSession),
  limits: z.object({
    maxDurationMs: z.number().int(),
    maxArtifactBytes: z.number().int(),
    keptArtifacts: z.number().int(),
  }),
  types: z.array(ProfileType),
});
export type AgentProfilerStatus = z.infer<typeof AgentProfilerStatus>;
