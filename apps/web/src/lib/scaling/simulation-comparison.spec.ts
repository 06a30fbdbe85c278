import { compareRuns, formatDifference, formatFigure } from './simulation-comparison';
import { cappedSimulation } from './simulation.fixture';

describe('compareRuns', () => {
  const comparison = compareRuns(cappedSimulation.current, cappedSimulation.proposed);

  it('puts both runs side by side with proposed minus current', () => {
    expect(comparison.current).toMatchObject({ scaleEvents: 2, peakReplicas: 6, aboveTargetSeconds: 120 });
    expect(comparison.proposed).toMatchObject({ scaleEvents: 1, peakReplicas: 5, aboveTargetSeconds: 420 });
    expect(comparison.difference).toMatchObject({ scaleEvents: -1, peakReplicas: -1, aboveTargetSeconds: 300 });
    expect(comparison.difference.instanceHours).toBeCloseTo(1 / 60);
  });

  it('matches metrics by name and leaves a metric only one policy has without a difference', () => {
    expect(comparison.metricNames).toEqual(['cpu', 'memory', 'requests_in_flight']);
    expect(comparison.current.metricsAboveTargetSeconds).toEqual([120, 0, null]);
    expect(comparison.proposed.metricsAboveTargetSeconds).toEqual([420, null, 60]);
    expect(comparison.difference.metricsAboveTargetSeconds).toEqual([300, null, null]);
  });

  it('has no peak for a replay without steps', () => {
    const empty = compareRuns({ ...cappedSimulation.current, timeline: [] }, cappedSimulation.proposed);
    expect([empty.current.peakReplicas, empty.difference.peakReplicas]).toEqual([null, null]);
  });
});

describe('formatFigure', () => {
  it('shows counts as they are, instance-hours to two decimals and time as a duration', () => {
    expect(formatFigure(3, 'count')).toBe('3');
    expect(formatFigure(41 / 60, 'hours')).toBe('0.68');
    expect(formatFigure(2.5, 'hours')).toBe('2.5');
    expect(formatFigure(750, 'seconds')).toBe('12 min 30 s');
    expect(formatFigure(null, 'seconds')).toBe('—');
  });
});

describe('formatDifference', () => {
  it('signs the difference, with a true minus sign', () => {
    expect(formatDifference(2, 'count')).toBe('+2');
    expect(formatDifference(-1.5, 'hours')).toBe('−1.5');
    expect(formatDifference(300, 'seconds')).toBe('+5 min 0 s');
  });

  it('says no change when the difference does not show at the figure\'s precision', () => {
    expect(formatDifference(0, 'count')).toBe('no change');
    expect(formatDifference(0.001, 'hours')).toBe('no change');
    expect(formatDifference(0.2, 'seconds')).toBe('no change');
    expect(formatDifference(null, 'count')).toBe('—');
  });
});
