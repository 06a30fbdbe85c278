import { PROFILE_ARTIFACT_EXTENSIONS, type ProfilingSession } from '@vigil/types';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';

/** `cpu-20260101-093000-1a2b3c4d.cpuprofile`: sorts by time, and the id tells sessions apart. */
export function downloadName(row: ProfilingSessionEntity): string {
  const stamp = new Date(row.startedAt).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${row.type}-${stamp}-${row.id.slice(0, 8)}${PROFILE_ARTIFACT_EXTENSIONS[row.type]}`;
}

export function toProfilingSession(row: ProfilingSessionEntity): ProfilingSession {
  const startedAt = new Date(row.startedAt);
  const stoppedAt = row.stoppedAt ? new Date(row.stoppedAt) : null;
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    label: row.label,
    instance: row.instance,
    samplingIntervalUs: row.samplingIntervalUs,
    samplingIntervalBytes: row.samplingIntervalBytes,
    plannedDurationMs: row.plannedDurationMs,
    startedAt: startedAt.toISOString(),
    stoppedAt: stoppedAt?.toISOString() ?? null,
    durationMs: stoppedAt ? stoppedAt.getTime() - startedAt.getTime() : null,
    artifact:
      row.artifactPath && row.artifactBytes !== null && row.artifactContentType
        ? { fileName: downloadName(row), contentType: row.artifactContentType, bytes: row.artifactBytes }
        : null,
    reason: row.reason,
    target:
      row.targetId && row.targetService && row.targetInstance && row.remoteSessionId
        ? { id: row.targetId, service: row.targetService, instance: row.targetInstance, remoteSessionId: row.remoteSessionId }
        : null,
  };
}
