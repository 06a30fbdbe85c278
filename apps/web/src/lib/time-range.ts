/**
 * The ranges a page can show, each with the step it asks the query API for. The step
 * picks the stored resolution (raw, 1m, 5m, 1h), so a week never drags raw samples in.
 */
export const TIME_RANGES = {
  '15m': { label: '15 min', spanMs: 15 * 60_000, step: '15s' },
  '1h': { label: '1 hour', spanMs: 60 * 60_000, step: '15s' },
  '6h': { label: '6 hours', spanMs: 6 * 60 * 60_000, step: '1m' },
  '24h': { label: '24 hours', spanMs: 24 * 60 * 60_000, step: '5m' },
  '7d': { label: '7 days', spanMs: 7 * 24 * 60 * 60_000, step: '1h' },
} as const;

export type TimeRangeKey = keyof typeof TIME_RANGES;

export const TIME_RANGE_KEYS = Object.keys(TIME_RANGES) as TimeRangeKey[];

export function isTimeRangeKey(value: string): value is TimeRangeKey {
  return value in TIME_RANGES;
}

/** Resolved when the query runs, so a refetch always ends at "now". */
export function windowFor(range: TimeRangeKey, now: number = Date.now()): { from: string; to: string; step: string } {
  const { spanMs, step } = TIME_RANGES[range];
  return { from: String(now - spanMs), to: String(now), step };
}
