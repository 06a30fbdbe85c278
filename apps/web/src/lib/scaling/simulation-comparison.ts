import type { ScalingSimulationRun } from '@vigil/types';
import { formatDuration } from '../format/units';
import { peakReplicas } from './replica-steps';

/** One line of the side-by-side table; null where the run has no such figure (a metric only the other policy has). */
export interface RunFigures {
  scaleEvents: number | null;
  instanceHours: number | null;
  peakReplicas: number | null;
  aboveTargetSeconds: number | null;
  /** In the order of `SimulationComparison.metricNames`. */
  metricsAboveTargetSeconds: (number | null)[];
}

export interface SimulationComparison {
  /** The current policy's metrics, then any only the proposed one has. */
  metricNames: string[];
  current: RunFigures;
  proposed: RunFigures;
  /** Proposed minus current. */
  difference: RunFigures;
}

function figuresOf(run: ScalingSimulationRun, metricNames: readonly string[]): RunFigures {
  const above = new Map(run.metrics.map((metric) => [metric.name, metric.aboveTargetSeconds]));
  return {
    scaleEvents: run.scaleEvents,
    instanceHours: run.instanceHours,
    peakReplicas: peakReplicas(run.timeline),
    aboveTargetSeconds: run.aboveTargetSeconds,
    metricsAboveTargetSeconds: metricNames.map((name) => above.get(name) ?? null),
  };
}

const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

/** The two replays' figures and their difference, metric by metric matched by name. */
export function compareRuns(current: ScalingSimulationRun, proposed: ScalingSimulationRun): SimulationComparison {
  const metricNames = [...new Set([...current.metrics, ...proposed.metrics].map((metric) => metric.name))];
  const before = figuresOf(current, metricNames);
  const after = figuresOf(proposed, metricNames);
  return {
    metricNames,
    current: before,
    proposed: after,
    difference: {
      scaleEvents: minus(after.scaleEvents, before.scaleEvents),
      instanceHours: minus(after.instanceHours, before.instanceHours),
      peakReplicas: minus(after.peakReplicas, before.peakReplicas),
      aboveTargetSeconds: minus(after.aboveTargetSeconds, before.aboveTargetSeconds),
      metricsAboveTargetSeconds: metricNames.map((_, index) =>
        minus(after.metricsAboveTargetSeconds[index] ?? null, before.metricsAboveTargetSeconds[index] ?? null),
      ),
    },
  };
}

/** `count`: replicas and events; `hours`: instance-hours; `seconds`: time above target. */
export type FigureKind = 'count' | 'hours' | 'seconds';

/** "3", "2.08", "12 min 30 s"; a dash where the run has no such figure. */
export function formatFigure(value: number | null, kind: FigureKind): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'count':
      return String(value);
    case 'hours':
      // Two decimals without float noise: 2.0833333 reads 2.08, 2.5 reads 2.5.
      return String(Number(value.toFixed(2)));
    case 'seconds':
      return formatDuration(value);
  }
}

/** "+2", "−1.5", "+5 min 0 s", or "no change" when the difference does not show at the figures' precision. */
export function formatDifference(value: number | null, kind: FigureKind): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const magnitude = formatFigure(Math.abs(value), kind);
  if (magnitude === formatFigure(0, kind)) return 'no change';
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
