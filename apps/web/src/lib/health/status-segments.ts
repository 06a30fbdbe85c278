import type { ComponentStatus, HealthCheckRecord } from '@vigil/types';

export interface StatusSegment {
  status: ComponentStatus;
  /** Epoch ms. */
  from: number;
  to: number;
  checks: number;
}

/**
 * Runs of equal status, oldest first. A run lasts until the next differing check (or
 * `until` for the last run), so the bar covers the time the status held.
 */
export function statusSegments(records: readonly HealthCheckRecord[], until: number): StatusSegment[] {
  const ordered = [...records].sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt));
  const segments: StatusSegment[] = [];
  for (const record of ordered) {
    const at = Date.parse(record.checkedAt);
    const last = segments.at(-1);
    if (last && last.status === record.status) {
      last.checks += 1;
      continue;
    }
    if (last) last.to = at;
    segments.push({ status: record.status, from: at, to: at, checks: 1 });
  }
  const last = segments.at(-1);
  if (last) last.to = Math.max(last.to, until);
  return segments;
}
