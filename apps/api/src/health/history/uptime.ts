import { UPTIME_WINDOWS, type ComponentUptime, type UptimeWindow } from '@vigil/types';
import type { UptimeCounts } from './health-check.repository.js';

const HOUR_MS = 3_600_000;

export const UPTIME_WINDOW_MS: Readonly<Record<UptimeWindow, number>> = {
  '1h': HOUR_MS,
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '30d': 30 * 24 * HOUR_MS,
};

/** Each window is (now − length, now]. */
export function windowStarts(now: Date): Record<UptimeWindow, Date> {
  const start = (window: UptimeWindow) => new Date(now.getTime() - UPTIME_WINDOW_MS[window]);
  return { '1h': start('1h'), '24h': start('24h'), '7d': start('7d'), '30d': start('30d') };
}

/** Available checks ÷ recorded checks, as a percentage to three decimals; null without checks. */
export function uptimePercent(checks: number, available: number): number | null {
  if (checks === 0) return null;
  return Math.round((available / checks) * 100_000) / 1_000;
}

export function toComponentUptime({ component, counts }: UptimeCounts): ComponentUptime {
  const windows = {} as ComponentUptime['windows'];
  for (const window of UPTIME_WINDOWS) {
    const { checks, available } = counts[window];
    windows[window] = { percent: uptimePercent(checks, available), checks, availableChecks: available };
  }
  return { component, windows };
}
