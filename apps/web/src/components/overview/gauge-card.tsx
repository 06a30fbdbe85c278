import type { MetricPoint } from '@vigil/types';
import Link from 'next/link';
import { formatValue, type Unit } from '../../lib/format/units';
import { latestValue } from '../../lib/series-math';
import { Skeleton } from '../feedback/skeleton';
import { ToneBadge } from '../feedback/status-badge';
import type { StatusTone } from '../feedback/status-icon';
import { Sparkline } from '../charts/sparkline';

export interface Thresholds {
  warn: number;
  bad: number;
}

interface GaugeCardProps {
  title: string;
  unit: Unit;
  /** `undefined` while loading; an empty array when the range has no samples. */
  points: MetricPoint[] | undefined;
  thresholds?: Thresholds;
  /** Where the full chart is. */
  href: '/system' | '/application';
  /** Shown under the value, e.g. "slowest route". */
  note?: string;
  isError: boolean;
}

function toneOf(value: number | null, thresholds: Thresholds | undefined): { tone: StatusTone; label: string } {
  if (value === null) return { tone: 'unknown', label: 'No data' };
  if (!thresholds) return { tone: 'ok', label: 'Normal' };
  if (value >= thresholds.bad) return { tone: 'bad', label: 'Critical' };
  if (value >= thresholds.warn) return { tone: 'warn', label: 'High' };
  return { tone: 'ok', label: 'Normal' };
}

/** One key figure: its latest value, a word for its state, and the last hour's trend. */
export function GaugeCard({ title, unit, points, thresholds, href, note, isError }: GaugeCardProps) {
  const value = latestValue(points);
  const { tone, label } = isError && points === undefined ? { tone: 'unknown' as const, label: 'Unavailable' } : toneOf(value, thresholds);
  return (
    <article className={`card gauge tone-border-${tone}`} aria-label={title}>
      <h3 className="gauge-title">
        <Link href={href}>{title}</Link>
      </h3>
      {points === undefined && !isError ? (
        <div aria-busy="true">
          <Skeleton width="6rem" height="2rem" />
        </div>
      ) : (
        <p className="gauge-value" data-testid="gauge-value">
          {formatValue(unit, value)}
        </p>
      )}
      <div className="gauge-foot">
        <ToneBadge tone={tone} label={label} />
        {note && <span className="muted gauge-note">{note}</span>}
      </div>
      <span className={`tone-${tone}`}>
        <Sparkline points={points ?? []} max={thresholds?.bad} />
      </span>
    </article>
  );
}
