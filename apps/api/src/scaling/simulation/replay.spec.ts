import { ServiceScalingPolicyInput, type ServiceScalingMetric } from '@vigil/types';
import { observedTimeline, replay, type ReplayPolicy } from './replay.js';
import type { StoredHistory } from './stored-history.reader.js';

const MINUTE = 60_000;
const START = Date.UTC(2026, 11, 1, 10, 0, 0);
const cpu: ServiceScalingMetric = {
  name: 'cpu',
  source: { metric: 'vigil_system_cpu_utilisation_ratio', matchers: {}, aggregation: 'avg', window: '1m' },
  target: 0.5,
  scaleUpTolerance: 0.1,
  scaleDownTolerance: 0.1,
};

/** Three instances reporting `cpuAt(step)` each, one step a minute. */
function history(steps: number, cpuAt: (step: number) => number, instances = ['a', 'b', 'c']): StoredHistory {
  const at = Array.from({ length: steps }, (_, i) => START + i * MINUTE);
  return {
    resolution: 'raw',
    steps: at,
    instances: at.map(() => instances),
    values: new Map([['cpu', at.map((_, i) => new Map(instances.map((name) => [name, cpuAt(i)])))]]),
  };
}

const policy = (behavior: object = {}): ReplayPolicy => ({ ...ServiceScalingPolicyInput.parse({ minReplicas: 1, maxReplicas: 20, behavior }), metrics: [cpu] });

describe('replay', () => {
  it('makes no scale event on a flat series at the target', () => {
    const run = replay(history(60, () => 0.5), policy(), MINUTE);
    expect(run).toMatchObject({ scaleEvents: 0, timeline: [{ at: new Date(START).toISOString(), replicas: 3 }], instanceHours: 3, aboveTargetSeconds: 0 });
  });

  it('scales a constant overload once and spreads the load over the new count', () => {
    // 3 × 0.6 = 1.8 of load: ⌈1.8 / 0.5⌉ = 4; at 4 each runs 0.45, ratio 0.9, within tolerance.
    const run = replay(history(10, () => 0.6), policy(), MINUTE);
    expect(run.timeline).toEqual([
      { at: new Date(START).toISOString(), replicas: 3 },
      { at: new Date(START + MINUTE).toISOString(), replicas: 4 },
    ]);
    expect(run).toMatchObject({ scaleEvents: 1, aboveTargetSeconds: 60, metrics: [{ name: 'cpu', aboveTargetSeconds: 60 }] });
    expect(run.instanceHours).toBeCloseTo((3 + 4 * 9) / 60, 12);
  });

  it('flaps on a noisy series with no scale-down window, and holds with the default 300 s', () => {
    const noisy = history(120, (i) => (i % 4 < 2 ? 0.9 : 0.2));
    const eager = replay(noisy, policy({ scaleDown: { stabilizationWindowSeconds: 0 } }), MINUTE);
    const steady = replay(noisy, policy(), MINUTE);
    expect(eager.scaleEvents).toBeGreaterThan(steady.scaleEvents);
    expect(steady.scaleEvents).toBeLessThanOrEqual(2);
    expect(eager.scaleEvents).toBeGreaterThanOrEqual(50);
  });

  it('keeps p95 and ratio metrics as observed rather than spreading them', () => {
    const p95: ServiceScalingMetric = { ...cpu, name: 'p95', source: { ...cpu.source, aggregation: 'p95' }, target: 1 };
    const stored = history(5, () => 1.5);
    stored.values.set('p95', stored.values.get('cpu')!);
    const run = replay(stored, { ...policy(), metrics: [p95] }, MINUTE);
    // Latency does not fall with more replicas here: the count climbs by the policy's limit each step.
    expect(run.metrics).toEqual([{ name: 'p95', aboveTargetSeconds: 300 }]);
    expect(run.timeline.map((p) => p.replicas)).toEqual([3, 5, 8, 12, 18, 20]);
  });

  it('reads the observed instances as a timeline of counts', () => {
    const stored = history(4, () => 0.5);
    stored.instances = [['a'], ['a', 'b'], ['a', 'b'], ['a']];
    expect(observedTimeline(stored, MINUTE)).toEqual({
      timeline: [
        { at: new Date(START).toISOString(), replicas: 1 },
        { at: new Date(START + MINUTE).toISOString(), replicas: 2 },
        { at: new Date(START + 3 * MINUTE).toISOString(), replicas: 1 },
      ],
      instanceHours: 6 / 60,
    });
  });
});
