'use client';

import dynamic from 'next/dynamic';
import { formatValue } from '../../lib/format/units';
import { latestValue } from '../../lib/series-math';
import { Skeleton } from '../feedback/skeleton';
import type { TimeSeriesChartProps } from './chart-types';

// uPlot (~50 kB) loads with the first chart, not with every page's first JS.
const UplotChart = dynamic(() => import('./uplot-chart').then((module) => module.UplotChart), {
  ssr: false,
  loading: () => <Skeleton height="220px" />,
});

/** A time-series chart with hover values, or a plain message when the range holds no samples. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const withPoints = props.series.filter((item) => item.points.length > 0);
  if (withPoints.length === 0) {
    return (
      <figure className="chart chart-empty">
        <figcaption className="chart-title">{props.title}</figcaption>
        <p className="muted">No samples in this range yet.</p>
      </figure>
    );
  }
  const summary = withPoints
    .map((item) => `${item.label}: ${formatValue(props.unit, latestValue(item.points))}`)
    .join('; ');
  return (
    <figure className="chart">
      <figcaption className="chart-title">{props.title}</figcaption>
      <p className="visually-hidden">Latest values — {summary}</p>
      <div role="img" aria-label={`${props.title} chart. Latest values — ${summary}`}>
        <UplotChart {...props} series={withPoints} />
      </div>
    </figure>
  );
}
