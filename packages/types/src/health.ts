import type { ProbeComponent } from './errors.js';

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

export const PROBE_PATHS = {
  live: '/health/live',
  ready: '/health/ready',
} as const;
