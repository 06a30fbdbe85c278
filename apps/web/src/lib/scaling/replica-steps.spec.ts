import type { ReplicaPoint } from '@vigil/types';
import { expandTimelines, peakReplicas, replicaChartOf } from './replica-steps';
import { cappedSimulation } from './simulation.fixture';

const at = (minute: number) => Date.parse('2026-01-01T00:00:00.000Z') + minute * 60_000;
const point = (minute: number, replicas: number): ReplicaPoint => ({ at: new Date(at(minute)).toISOString(), replicas });

describe('expandTimelines', () => {
  it('holds each count until the next change and steps up 1 ms before it, to the end of the range', () => {
    const [line] = expandTimelines([[point(0, 2), point(3, 6)]], at(10));
    expect(line).toEqual([
      [at(0), 2],
      [at(3) - 1, 2],
      [at(3), 6],
      [at(10), 6],
    ]);
  });

  it('gives every line a point at every change of any line, so none has gaps where another changed', () => {
    const [current, observed] = expandTimelines([[point(0, 2), point(3, 6)], [point(0, 1), point(5, 2)]], at(10));
    const times = (line: readonly (readonly [number, number])[] | undefined) => line?.map(([time]) => time);
    expect(times(current)).toEqual(times(observed));
    expect(observed).toContainEqual([at(3), 1]);
    expect(current).toContainEqual([at(5), 6]);
  });

  it('starts a line at its own first point and leaves an empty timeline empty', () => {
    const [late, empty] = expandTimelines([[point(4, 3)], []], at(6));
    expect(late).toEqual([
      [at(4), 3],
      [at(6), 3],
    ]);
    expect(empty).toEqual([]);
  });

  it('draws a change after the end of the range too, rather than cutting it off', () => {
    const [line] = expandTimelines([[point(0, 2), point(11, 3)]], at(10));
    expect(line?.at(-1)).toEqual([at(11), 3]);
  });
});

describe('replicaChartOf', () => {
  it('draws the current and proposed replays and the observed instances over the replayed range', () => {
    const chart = replicaChartOf(cappedSimulation);
    expect(chart.lines.map((line) => line.label)).toEqual(['current policy', 'proposed policy', 'observed instances']);
    expect(chart.range).toEqual({ from: at(0), to: at(10) });
    expect(Math.max(...(chart.lines[1]?.points.map(([, replicas]) => replicas) ?? []))).toBe(5);
  });

  it('widens the range to a first step that starts before from', () => {
    const chart = replicaChartOf({ ...cappedSimulation, from: new Date(at(0) + 20_000).toISOString() });
    expect(chart.range.from).toBe(at(0));
  });
});

describe('peakReplicas', () => {
  it('is the most replicas at once, or null for an empty timeline', () => {
    expect(peakReplicas(cappedSimulation.current.timeline)).toBe(6);
    expect(peakReplicas([])).toBeNull();
  });
});
