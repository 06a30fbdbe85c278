'use client';

import type { MetricQueryResult } from '@vigil/types';
import type { Unit } from '../../lib/format/units';
import { useMetricQueries } from '../../lib/hooks/metrics';
import type { MetricQueryKey } from '../../lib/query-keys';
import { describeError } from '../feedback/query-state';
import { Skeleton } from '../feedback/skeleton';
import type { ChartSeries } from './chart-types';
import { TimeSeriesChart } from './time-series-chart';
import { useTimeRange } from './time-range-context';

type Query = Omit<MetricQueryKey, 'range'>;

interface MetricChartProps {
  title: string;
  unit: Unit;
  /** Fetched over the page's range; `derive` gets their results in the same order. */
  queries: readonly Query[];
  derive: (results: MetricQueryResult[]) => ChartSeries[];
  fromZero?: boolean;
  /** Pixels; the chart's default when left out. */
  height?: number;
}

/** A chart fed by one or more metric queries over the page's shared range. */
export function MetricChart({ title, unit, queries, derive, fromZero, height }: MetricChartProps) {
  const { range, syncKey } = useTimeRange();
  const results = useMetricQueries(queries.map((query) => ({ ...query, range })));
  const failed = results.find((result) => result.isError && result.data === undefined);
  if (failed) {
    return (
      <figure className="chart chart-empty">
        <figcaption className="chart-title">{title}</figcaption>
        <p className="panel-problem">
          <strong>Could not load this chart.</strong> {describeError(failed.error)}
        </p>
      </figure>
    );
  }
  const data = results.map((result) => result.data);
  if (!data.every((item): item is MetricQueryResult => item !== undefined)) {
    return (
      <figure className="chart" aria-busy="true">
        <figcaption className="chart-title">{title}</figcaption>
        <Skeleton height={`${height ?? 220}px`} />
      </figure>
    );
  }
  const first = data[0];
  return (
    <div className="stack-sm">
      <TimeSeriesChart
        title={title}
        unit={unit}
        series={derive(data)}
        range={first ? { from: first.from, to: first.to } : undefined}
        syncKey={syncKey}
        fromZero={fromZero}
        height={height}
      />
      {first && (
        <p className="muted resolution">
          Resolution {first.resolution}, one point per {Math.round(first.stepMs / 1_000)} s
        </p>
      )}
    </div>
  );
}
