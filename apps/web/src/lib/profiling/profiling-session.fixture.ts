import type { ProfilingSession, ScrapeTarget } from '@vigil/types';
import { downTarget } from '../targets/scrape-target.fixture';

/** A finished CPU profile of the API's own process, every field as the API sends it. */
export const apiSession: ProfilingSession = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  type: 'cpu',
  status: 'completed',
  label: null,
  instance: 'vigil-1',
  samplingIntervalUs: 1_000,
  samplingIntervalBytes: null,
  plannedDurationMs: 30_000,
  startedAt: '2026-01-01T00:00:00.000Z',
  stoppedAt: '2026-01-01T00:00:30.000Z',
  durationMs: 30_000,
  artifact: { fileName: 'cpu.cpuprofile', contentType: 'application/json', bytes: 1_024 },
  reason: null,
  target: null,
};

/** A registered agent's target that can be profiled remotely. */
export function agentTarget(id: string, service: string, instance: string, controlUrl: string | null = `http://${instance}/vigil`): ScrapeTarget {
  return {
    ...downTarget,
    id,
    service,
    instance,
    source: 'agent',
    health: 'up',
    agent: {
      version: '0.1.0',
      pid: 4242,
      host: 'host-a',
      startedAt: '2026-01-01T00:00:00.000Z',
      lastHeartbeatAt: '2026-01-01T00:00:15.000Z',
      controlUrl,
    },
  };
}

/** The same profile taken inside a watched service through its agent. */
export function remoteSession(id: string, target: Pick<ScrapeTarget, 'id' | 'service' | 'instance'>): ProfilingSession {
  return { ...apiSession, id, target: { id: target.id, service: target.service, instance: target.instance, remoteSessionId: `remote-${id}` } };
}
