'use client';

import type { MetricQueryResult } from '@vigil/types';
import { combineSeries } from '../../lib/series-math';
import type { ChartSeries } from '../charts/chart-types';
import { MetricChart } from '../charts/metric-chart';
import { Panel } from '../feedback/panel';

const DESIRED = 'vigil_scaling_desired_replicas';
const CURRENT = 'vigil_scaling_current_replicas';

/** Every instance of Vigil stores the gauges; they agree, so the highest of them is the line. */
function replicaLines([desired, current]: MetricQueryResult[]): ChartSeries[] {
  return [
    { label: 'desired', points: combineSeries(desired?.series ?? [], 'max') },
    { label: 'current', points: combineSeries(current?.series ?? [], 'max') },
  ];
}

export function ReplicaChart({ service }: { service: string }) {
  const labels = `service=${service}`;
  return (
    <Panel title="Replicas over time">
      <MetricChart
        title={`Desired and current replicas of ${service}`}
        unit="count"
        // `last` per step: a count is a step, and an average of 4 and 5 replicas is no count at all.
        queries={[
          { name: DESIRED, labels, fn: 'last' },
          { name: CURRENT, labels, fn: 'last' },
        ]}
        derive={replicaLines}
      />
    </Panel>
  );
}
