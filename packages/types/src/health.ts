import type { ComponentStatus, ProbeComponent } from './errors.js';

/** Body of `GET /health/live` (always 200 while the process can serve). */
export interface LivenessReport {
  status: 'ok';
  uptimeSeconds: number;
}

/**
 * Body of a 200 from `GET /health/ready`. A 503 answers with an `ErrorBody` whose
 * `details.components` holds the same map, failing components included.
 */
export interface ReadinessReport {
  status: 'ok';
  components: Record<string, ProbeComponent>;
}

/** Body of a 200 from `GET /health/startup`: every expected startup step completed. */
export interface StartupReport {
  status: 'ok';
  completedSteps: string[];
}

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
export type HealthComponentKind =
  | 'database'
  | 'redis'
  | 'migrations'
  | 'disk'
  | 'heap'
  | 'rss'
  | 'event-loop'
  | 'http';

/**
 * An HTTP dependency to check, from `HEALTH_HTTP_TARGETS` or the `health.httpTargets`
 * setting. A critical target gates readiness; a non-critical one only degrades health.
 */
export interface HealthHttpTarget {
  /** `^[a-z0-9][a-z0-9-]*$`, at most 48 characters; the component is `http:<name>`. */
  name: string;
  /** http:// or https://. */
  url: string;
  /** Inclusive range of statuses that count as up; default 200–299. Redirects are not followed. */
  expectedStatus?: { min: number; max: number };
  /** Default `HEALTH_CHECK_TIMEOUT_MS`; at most 30000. */
  timeoutMs?: number;
  /** Default false. */
  critical?: boolean;
}

/** One component in `GET /api/v1/health`. */
export interface HealthComponentReport {
  name: string;
  kind: HealthComponentKind;
  status: ComponentStatus;
  isCritical: boolean;
  responseTimeMs: number | null;
  message: string | null;
  /** When this instance last ran the check (a cached result keeps its first time). */
  lastCheckedAt: string;
  /** Since when this instance has seen the component in this status (at most since it started). */
  since: string;
}

/** The 0–100 score and its four terms, each 0–1 (see docs/health.md). */
export interface HealthScore {
  value: number;
  availability: number;
  performance: number;
  errorRate: number;
  resources: number;
}

/** Body of `GET /api/v1/health`: this instance's view of every component. */
export interface HealthReport {
  /** `down` when a critical component is down; `degraded` when any other is not up. */
  status: ComponentStatus;
  instance: string;
  checkedAt: string;
  score: HealthScore;
  components: HealthComponentReport[];
}

/** Query string of `GET /api/v1/health/history`. */
export interface HealthHistoryParams {
  component?: string;
  instance?: string;
  /** RFC 3339 or Unix ms; default 24 h before `to`. */
  from?: string;
  /** RFC 3339 or Unix ms; default now. */
  to?: string;
  /** 1–5000, default 1000. */
  limit?: string;
}

/** One recorded check. */
export interface HealthCheckRecord {
  instance: string;
  component: string;
  status: ComponentStatus;
  isCritical: boolean;
  responseTimeMs: number | null;
  message: string | null;
  checkedAt: string;
}

/** Newest first; `truncated` when more rows matched than `limit`. */
export interface HealthHistoryPage {
  from: string;
  to: string;
  items: HealthCheckRecord[];
  truncated: boolean;
}

export const UPTIME_WINDOWS = ['1h', '24h', '7d', '30d'] as const;
export type UptimeWindow = (typeof UPTIME_WINDOWS)[number];

/** Share of recorded checks in the window that were up or degraded; null without checks. */
export interface UptimeFigure {
  percent: number | null;
  checks: number;
  availableChecks: number;
}

export interface ComponentUptime {
  component: string;
  windows: Record<UptimeWindow, UptimeFigure>;
}

/** Query string of `GET /api/v1/health/uptime`. */
export interface HealthUptimeParams {
  component?: string;
  instance?: string;
}

/** Body of `GET /api/v1/health/uptime`. */
export interface HealthUptimeReport {
  at: string;
  components: ComponentUptime[];
}
