import type { MetricPoint } from '@vigil/types';

/**
 * A tiny SVG trend line for gauges: no chart library, so the Overview stays light.
 * Decorative: the gauge next to it states the value in words.
 */
export function Sparkline({ points, max }: { points: readonly MetricPoint[]; max?: number }) {
  if (points.length < 2) return <svg className="sparkline" viewBox="0 0 100 24" aria-hidden="true" focusable="false" />;
  const first = points[0]?.[0] ?? 0;
  const span = (points.at(-1)?.[0] ?? first) - first || 1;
  const top = Math.max(max ?? 0, ...points.map(([, value]) => value)) || 1;
  const path = points
    .map(([at, value], index) => {
      const x = ((at - first) / span) * 100;
      const y = 23 - (Math.max(0, value) / top) * 22;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`;
    })
    .join(' ');
  return (
    <svg className="sparkline" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
