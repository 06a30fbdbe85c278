import type { ProbeComponent } from '@vigil/types';

/** Terminus indicator details (`{ name: { status, message?, responseTime? } }`) as components. */
export function toProbeComponents(details: Record<string, unknown>): Record<string, ProbeComponent> {
  const components: Record<string, ProbeComponent> = {};
  for (const [name, detail] of Object.entries(details)) {
    const { status, responseTime, message } = (detail ?? {}) as Record<string, unknown>;
    components[name] = {
      status: status === 'up' ? 'up' : status === 'degraded' ? 'degraded' : 'down',
      ...(typeof message === 'string' ? { message } : {}),
      ...(typeof responseTime === 'number' ? { responseTimeMs: responseTime } : {}),
    };
  }
  return components;
}
