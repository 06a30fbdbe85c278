import type { MetricPoint, ReplicaPoint, ScalingSimulation } from '@vigil/types';

/** A change at t is drawn from t − 1 ms, so the line goes straight up instead of sloping from the point before. */
const BEFORE_CHANGE_MS = 1;

export interface ReplicaLine {
  label: string;
  points: MetricPoint[];
}

export interface ReplicaChart {
  lines: ReplicaLine[];
  /** Epoch ms: the replayed range, widened to the first and last point drawn. */
  range: { from: number; to: number };
}

function changePoints(timeline: readonly ReplicaPoint[]): [number, number][] {
  return timeline.map(({ at, replicas }): [number, number] => [Date.parse(at), replicas]).filter(([at]) => Number.isFinite(at));
}

/**
 * Timelines of change points (a count holds from its `at` until the next point) as
 * step lines on one time axis. Every line gets a point at each change of any line, 1 ms
 * before each, and at `endMs`, so it draws flat runs and upright steps, and no line has
 * a gap where only another one changed. A line starts at its own first point.
 */
export function expandTimelines(timelines: readonly (readonly ReplicaPoint[])[], endMs: number): MetricPoint[][] {
  const parsed = timelines.map(changePoints);
  const changes = parsed.flatMap((points) => points.map(([at]) => at));
  const end = changes.reduce((latest, at) => Math.max(latest, at), endMs);
  const times = [...new Set([...changes, ...changes.map((at) => at - BEFORE_CHANGE_MS), end])].sort((a, b) => a - b);
  return parsed.map((points) => {
    const line: MetricPoint[] = [];
    let next = 0;
    let replicas: number | undefined;
    for (const at of times) {
      for (let point = points[next]; point !== undefined && point[0] <= at; point = points[next]) {
        replicas = point[1];
        next += 1;
      }
      if (replicas !== undefined) line.push([at, replicas]);
    }
    return line;
  });
}

/** Both replays and the instances that reported, as step lines over the replayed range. */
export function replicaChartOf(simulation: ScalingSimulation): ReplicaChart {
  const from = Date.parse(simulation.from);
  const to = Date.parse(simulation.to);
  const [current = [], proposed = [], observed = []] = expandTimelines(
    [simulation.current.timeline, simulation.proposed.timeline, simulation.observed.timeline],
    to,
  );
  const lines = [
    { label: 'current policy', points: current },
    { label: 'proposed policy', points: proposed },
    { label: 'observed instances', points: observed },
  ];
  // The replay's steps start on whole steps, so the first can lie a little before `from`.
  // Reduced, not spread: a week of flapping at 30 s steps is more points than a call takes arguments.
  const first = lines.reduce((earliest, line) => Math.min(earliest, line.points[0]?.[0] ?? earliest), from);
  const last = lines.reduce((latest, line) => Math.max(latest, line.points.at(-1)?.[0] ?? latest), to);
  return { lines, range: { from: first, to: last } };
}

/** The most replicas the timeline runs at once; null for an empty timeline. */
export function peakReplicas(timeline: readonly ReplicaPoint[]): number | null {
  return timeline.reduce<number | null>((peak, point) => (peak === null ? point.replicas : Math.max(peak, point.replicas)), null);
}
