import type { ComponentStatus, HealthComponentKind } from '@vigil/types';
import type { HealthComponent } from './health-component.js';

/** One component's result, classified. */
export interface ComponentResult {
  name: string;
  kind: HealthComponentKind;
  isCritical: boolean;
  status: ComponentStatus;
  responseTimeMs: number | null;
  message: string | null;
  /** Dependencies: response time ÷ timeout; the event loop: delay ÷ threshold. */
  latencyRatio?: number;
  /** Disk, heap, RSS: usage ÷ threshold. */
  usageRatio?: number;
  /** Served from the probe cache rather than run for this call. */
  isCached: boolean;
}

/** A dependency that answers, but only after this share of its timeout, is degraded. */
export const SLOW_SHARE_OF_TIMEOUT = 0.5;

const DEPENDENCY_KINDS = new Set<HealthComponentKind>(['database', 'redis', 'migrations', 'http']);
const RESOURCE_KINDS = new Set<HealthComponentKind>(['disk', 'heap', 'rss']);

/** Disk, heap and RSS measure a usage; every other component a latency. */
export const isResourceKind = (kind: HealthComponentKind): boolean => RESOURCE_KINDS.has(kind);

const numberOrUndefined = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Terminus' detail for one indicator (`{ status, message?, responseTime?, ... }`) as a result. */
export function toComponentResult(
  component: Pick<HealthComponent, 'name' | 'kind' | 'isCritical' | 'timeoutMs'>,
  detail: Record<string, unknown> | undefined,
): ComponentResult {
  const responseTimeMs = numberOrUndefined(detail?.responseTime) ?? null;
  const base = {
    name: component.name,
    kind: component.kind,
    isCritical: component.isCritical,
    responseTimeMs,
    isCached: detail?.cachedResponse === true,
  };
  if (detail?.status !== 'up') {
    const message = typeof detail?.message === 'string' ? detail.message : 'check failed';
    return { ...base, status: 'down', message };
  }
  const loadRatio = numberOrUndefined(detail.loadRatio);
  if (RESOURCE_KINDS.has(component.kind)) return { ...base, status: 'up', message: null, usageRatio: loadRatio };
  if (!DEPENDENCY_KINDS.has(component.kind)) return { ...base, status: 'up', message: null, latencyRatio: loadRatio };
  const latencyRatio = responseTimeMs === null ? undefined : responseTimeMs / component.timeoutMs;
  if (latencyRatio !== undefined && latencyRatio >= SLOW_SHARE_OF_TIMEOUT) {
    const message = `slow: ${responseTimeMs} ms of a ${component.timeoutMs} ms limit`;
    return { ...base, status: 'degraded', message, latencyRatio };
  }
  return { ...base, status: 'up', message: null, latencyRatio };
}

/** `down` when a critical component is down; `degraded` when anything else is not up. */
export function overallStatus(results: readonly Pick<ComponentResult, 'status' | 'isCritical'>[]): ComponentStatus {
  if (results.some((r) => r.isCritical && r.status === 'down')) return 'down';
  return results.some((r) => r.status !== 'up') ? 'degraded' : 'up';
}

/** Runs every check at once; a check that throws (rather than reporting down) counts as down. */
export function runChecks(components: readonly HealthComponent[]): Promise<ComponentResult[]> {
  return Promise.all(
    components.map(async (component) => {
      try {
        const result = await component.check();
        return toComponentResult(component, result[component.name]);
      } catch (error) {
        return toComponentResult(component, { status: 'down', message: (error as Error).message });
      }
    }),
  );
}
