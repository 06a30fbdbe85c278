const MISSING = '—';

/** "just now", "12 s ago", "3 min ago", "2 h ago", "4 d ago": how long since `iso`, against `now`. */
export function formatAgo(iso: string | null | undefined, now: number): string {
  if (iso === null || iso === undefined) return MISSING;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return MISSING;
  // A server clock slightly ahead of this browser's reads as now, not as the future.
  const seconds = Math.max(0, Math.floor((now - at) / 1_000));
  if (seconds < 2) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}
