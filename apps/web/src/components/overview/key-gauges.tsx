'use client';

import type { MetricQueryResult } from '@vigil/types';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMetricQuery } from '../../lib/hooks/metrics';
import { combineSeries, divideSeries, shareOf } from '../../lib/series-math';
import type { TimeRangeKey } from '../../lib/time-range';
import { GaugeCard } from './gauge-card';

const RANGE: TimeRangeKey = '1h';

type Result = UseQueryResult<MetricQueryResult>;

function isError(...queries: Result[]): boolean {
  return queries.some((query) => query.isError && query.data === undefined);
}

function CpuGauge() {
  const cpu = useMetricQuery({ name: 'vigil_system_cpu_utilisation_ratio', range: RANGE });
  const points = cpu.data && combineSeries(cpu.data.series, 'mean');
  return <GaugeCard title="CPU" unit="ratio" points={points} thresholds={{ warn: 0.7, bad: 0.9 }} href="/system" isError={isError(cpu)} />;
}

function MemoryGauge() {
  const used = useMetricQuery({ name: 'vigil_system_memory_used_bytes', range: RANGE });
  const total = useMetricQuery({ name: 'vigil_system_memory_total_bytes', range: RANGE });
  const points =
    used.data && total.data
      ? divideSeries(combineSeries(used.data.series, 'sum'), combineSeries(total.data.series, 'sum'))
      : undefined;
  return (
    <GaugeCard title="Memory" unit="ratio" points={points} thresholds={{ warn: 0.8, bad: 0.9 }} href="/system" isError={isError(used, total)} />
  );
}

function EventLoopGauge() {
  const lag = useMetricQuery({ name: 'vigil_nodejs_eventloop_lag_p99_seconds', range: RANGE });
  const points = lag.data && combineSeries(lag.data.series, 'max');
  return (
    <GaugeCard
      title="Event-loop p99"
      unit="seconds"
      points={points}
      thresholds={{ warn: 0.05, bad: 0.2 }}
      href="/system"
      note="worst instance"
      isError={isError(lag)}
    />
  );
}

function RequestRateGauge() {
  const rate = useMetricQuery({ name: 'vigil_http_requests_total', fn: 'rate', range: RANGE });
  const points = rate.data && combineSeries(rate.data.series, 'sum');
  return <GaugeCard title="Request rate" unit="requestsPerSecond" points={points} href="/application" isError={isError(rate)} />;
}

function ErrorRateGauge() {
  const all = useMetricQuery({ name: 'vigil_http_requests_total', fn: 'rate', range: RANGE });
  const failed = useMetricQuery({ name: 'vigil_http_requests_total', labels: 'status_class=5xx', fn: 'rate', range: RANGE });
  const points =
    all.data && failed.data ? shareOf(combineSeries(failed.data.series, 'sum'), combineSeries(all.data.series, 'sum')) : undefined;
  return (
    <GaugeCard
      title="Error rate"
      unit="ratio"
      points={points}
      thresholds={{ warn: 0.01, bad: 0.05 }}
      href="/application"
      note="5xx share"
      isError={isError(all, failed)}
    />
  );
}

function LatencyGauge() {
  const p95 = useMetricQuery({ name: 'vigil_http_request_duration_seconds', fn: 'p95', range: RANGE });
  // Quantiles do not add up across routes, so the honest single figure is the slowest route's.
  const points = p95.data && combineSeries(p95.data.series, 'max');
  return (
    <GaugeCard
      title="p95 latency"
      unit="seconds"
      points={points}
      thresholds={{ warn: 0.5, bad: 1 }}
      href="/application"
      note="slowest route"
      isError={isError(p95)}
    />
  );
}

export function KeyGauges() {
  return (
    <section aria-labelledby="gauges-title" className="stack-sm">
      <h2 id="gauges-title">Key figures <span className="muted heading-note">last hour</span></h2>
      <div className="gauge-grid" data-testid="key-gauges">
        <CpuGauge />
        <MemoryGauge />
        <EventLoopGauge />
        <RequestRateGauge />
        <ErrorRateGauge />
        <LatencyGauge />
      </div>
    </section>
  );
}
