import type { ComponentStatus } from '@vigil/types';
import type { TargetRow } from '../registry/target.repository.js';
import { networkCause } from '../../common/http/network-cause.js';

export interface ReadinessCheck {
  status: ComponentStatus;
  responseTimeMs: number | null;
  message: string | null;
}

/** The health component a service's checks are recorded under; the row's `instance` is the target's. */
export const serviceComponent = (service: string) => `service:${service.toLowerCase()}`.slice(0, 64);

/**
 * The readiness of a scraped instance: its agent's readiness probe when it serves one
 * (2xx up, anything else or no answer down, as Kubernetes reads it), else the scrape
 * itself (a target that answers its scrape is up). Bounded by the target's scrape timeout.
 */
export async function checkReadiness(target: TargetRow, scrape: { up: boolean; error: string | null; durationMs: number }): Promise<ReadinessCheck> {
  const url = target.agent?.readinessUrl;
  if (!url) return { status: scrape.up ? 'up' : 'down', responseTimeMs: Math.round(scrape.durationMs), message: scrape.error ?? 'scraped' };
  const started = performance.now();
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(target.scrapeTimeoutMs) });
    await res.body?.cancel();
    const responseTimeMs = Math.round(performance.now() - started);
    return res.status >= 200 && res.status < 300
      ? { status: 'up', responseTimeMs, message: `readiness HTTP ${res.status}` }
      : { status: 'down', responseTimeMs, message: `readiness HTTP ${res.status}` };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { status: 'down', responseTimeMs: null, message: `readiness: ${timedOut ? 'no answer within the scrape timeout' : networkCause(error)}` };
  }
}
