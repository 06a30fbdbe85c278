'use client';

import type { ScalingSimulation } from '@vigil/types';
import { useMemo } from 'react';
import { replicaChartOf } from '../../lib/scaling/replica-steps';
import { TimeSeriesChart } from '../charts/time-series-chart';

/** Both replays and the instances that really reported, as step lines over the replayed range. */
export function SimulationChart({ simulation }: { simulation: ScalingSimulation }) {
  // Once per answer: the chart redraws whenever it gets new line arrays.
  const chart = useMemo(() => replicaChartOf(simulation), [simulation]);
  return (
    <TimeSeriesChart
      title={`Replicas of ${simulation.service} with the current and the proposed policy, and the instances observed`}
      unit="count"
      series={chart.lines}
      range={chart.range}
    />
  );
}
