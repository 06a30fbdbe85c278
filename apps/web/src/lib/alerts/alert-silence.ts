import type { AlertSummary, SilenceInput } from '@vigil/types';

export const SILENCE_DURATIONS = [
  { label: '1 hour', ms: 60 * 60_000 },
  { label: '4 hours', ms: 4 * 60 * 60_000 },
  { label: '24 hours', ms: 24 * 60 * 60_000 },
] as const;

/** Silences exactly this alert: an equality matcher on each of its labels. */
export function silenceForAlert(alert: AlertSummary, durationMs: number, createdBy: string, comment: string, now = Date.now()): SilenceInput {
  const labels = { alertname: alert.name, ...alert.labels };
  return {
    matchers: Object.entries(labels).map(([name, value]) => ({ name, value, isRegex: false, isEqual: true })),
    startsAt: new Date(now).toISOString(),
    endsAt: new Date(now + durationMs).toISOString(),
    createdBy,
    comment,
  };
}
