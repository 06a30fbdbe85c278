export type StatusTone = 'ok' | 'warn' | 'bad' | 'unknown';

const PATHS: Record<StatusTone, string> = {
  ok: 'M6.5 10.5l2.5 2.5 5-5.5',
  warn: 'M10 6v5M10 14h.01',
  bad: 'M7 7l6 6M13 7l-6 6',
  unknown: 'M8 8a2 2 0 1 1 2.5 1.9c-.3.1-.5.4-.5.7V11M10 14h.01',
};

/** Decorative: every use sits next to a text label that carries the meaning. */
export function StatusIcon({ tone, size = 20 }: { tone: StatusTone; size?: number }) {
  return (
    <svg
      className="status-icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.15" />
      <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={PATHS[tone]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
