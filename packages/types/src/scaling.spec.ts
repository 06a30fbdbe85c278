import { parseWith } from './problems.js';
import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP, ScalingRecommendation, ScalingRecommendationInput } from './scaling.js';

const minimal = { currentReplicas: 3, maxReplicas: 10, metrics: [{ name: 'cpu', current: 60, target: 50 }] };

function problemsOf(value: unknown) {
  const parsed = parseWith(ScalingRecommendationInput, value);
  return parsed.ok ? [] : parsed.problems;
}

describe('ScalingRecommendationInput', () => {
  it('fills the defaults Kubernetes fills', () => {
    const parsed = ScalingRecommendationInput.parse(minimal);
    expect(parsed).toEqual({ ...minimal, minReplicas: 1, history: { events: [], scaledToZero: false } });
    expect(parsed.behavior).toBeUndefined();
    expect(parsed.history.recommendations).toBeUndefined();
  });

  it('fills an empty behavior with both directions’ defaults', () => {
    expect(ScalingRecommendationInput.parse({ ...minimal, behavior: {} }).behavior).toEqual({
      scaleUp: DEFAULT_SCALE_UP,
      scaleDown: DEFAULT_SCALE_DOWN,
    });
  });

  it('keeps the fields given and defaults the rest, field by field', () => {
    const behavior = { scaleDown: { stabilizationWindowSeconds: 60, tolerance: 0.05 }, scaleUp: { selectPolicy: 'Disabled' } };
    expect(ScalingRecommendationInput.parse({ ...minimal, behavior }).behavior).toEqual({
      scaleUp: { ...DEFAULT_SCALE_UP, selectPolicy: 'Disabled' },
      scaleDown: { ...DEFAULT_SCALE_DOWN, stabilizationWindowSeconds: 60, tolerance: 0.05 },
    });
  });

  it('does not share the default policies between parses', () => {
    const first = ScalingRecommendationInput.parse({ ...minimal, behavior: {} });
    first.behavior?.scaleUp.policies.pop();
    expect(ScalingRecommendationInput.parse({ ...minimal, behavior: {} }).behavior?.scaleUp.policies).toHaveLength(2);
    expect(DEFAULT_SCALE_UP.policies).toHaveLength(2);
  });

  it('accepts per-instance metrics, history and minReplicas 0 with a whole-workload metric', () => {
    const body = {
      currentReplicas: 2,
      readyReplicas: 2,
      minReplicas: 0,
      maxReplicas: 4,
      metrics: [
        { name: 'queue', current: 0, target: 100 },
        {
          name: 'cpu',
          target: 70,
          scaleUpTolerance: 0,
          scaleDownTolerance: 1.5,
          instances: [{ name: 'a', value: 50 }, { name: 'b', ready: false }, { name: 'c' }],
        },
      ],
      history: {
        recommendations: [{ at: '2026-03-01T11:59:00Z', replicas: 2 }],
        events: [{ at: '2026-03-01T11:50:00Z', from: 1, to: 2 }],
        scaledToZero: false,
      },
      now: '2026-03-01T12:00:00Z',
    };
    const parsed = ScalingRecommendationInput.parse(body);
    expect(parsed.metrics[1]?.instances).toEqual([
      { name: 'a', value: 50, ready: true },
      { name: 'b', ready: false },
      { name: 'c', ready: true },
    ]);
  });

  it.each([
    ['negative replicas', { ...minimal, currentReplicas: -1 }, 'currentReplicas', 'must be a whole number from 0 to 2147483647'],
    ['fractional replicas', { ...minimal, currentReplicas: 1.5 }, 'currentReplicas', 'whole number'],
    ['minReplicas above maxReplicas', { ...minimal, minReplicas: 11 }, 'maxReplicas', 'must be at least minReplicas (11)'],
    ['maxReplicas 0', { ...minimal, minReplicas: 0, maxReplicas: 0 }, 'maxReplicas', 'from 1 to'],
    [
      'an unknown policy type',
      { ...minimal, behavior: { scaleUp: { policies: [{ type: 'Replicas', value: 1, periodSeconds: 15 }] } } },
      'behavior.scaleUp.policies[0].type',
      'must be one of Pods, Percent',
    ],
    [
      'periodSeconds 1801',
      { ...minimal, behavior: { scaleDown: { policies: [{ type: 'Pods', value: 1, periodSeconds: 1801 }] } } },
      'behavior.scaleDown.policies[0].periodSeconds',
      'must be a whole number from 1 to 1800',
    ],
    [
      'a policy value of 0',
      { ...minimal, behavior: { scaleDown: { policies: [{ type: 'Percent', value: 0, periodSeconds: 15 }] } } },
      'behavior.scaleDown.policies[0].value',
      'from 1 to',
    ],
    ['no policy', { ...minimal, behavior: { scaleUp: { policies: [] } } }, 'behavior.scaleUp.policies', 'must be an array of 1 to 10 policies'],
    [
      'a stabilization window over an hour',
      { ...minimal, behavior: { scaleDown: { stabilizationWindowSeconds: 3601 } } },
      'behavior.scaleDown.stabilizationWindowSeconds',
      'from 0 to 3600',
    ],
    [
      'an unknown selectPolicy',
      { ...minimal, behavior: { scaleUp: { selectPolicy: 'Fastest' } } },
      'behavior.scaleUp.selectPolicy',
      'must be one of Max, Min, Disabled',
    ],
    [
      'a negative tolerance',
      { ...minimal, behavior: { scaleUp: { tolerance: -0.1 } } },
      'behavior.scaleUp.tolerance',
      'must be a number of at least 0',
    ],
    ['a target of 0', { ...minimal, metrics: [{ name: 'cpu', current: 1, target: 0 }] }, 'metrics[0].target', 'must be a number above 0'],
    [
      'a metric with neither current nor instances',
      { ...minimal, metrics: [{ name: 'cpu', target: 50 }] },
      'metrics[0].current',
      'is required unless instances are given',
    ],
    [
      'a metric with both current and instances',
      { ...minimal, metrics: [{ name: 'cpu', current: 1, target: 50, instances: [{ name: 'a', value: 1 }] }] },
      'metrics[0].current',
      'must be left out when instances are given',
    ],
    [
      'an instance name used twice',
      { ...minimal, metrics: [{ name: 'cpu', target: 50, instances: [{ name: 'a', value: 1 }, { name: 'a', value: 2 }] }] },
      'metrics[0].instances[1].name',
      'is used twice',
    ],
    ['a metric name used twice', { ...minimal, metrics: [minimal.metrics[0], minimal.metrics[0]] }, 'metrics[1].name', 'is used twice'],
    ['no metric', { ...minimal, metrics: [] }, 'metrics', 'must be an array of 1 to 20 metrics'],
    [
      'minReplicas 0 with per-instance metrics only',
      { ...minimal, minReplicas: 0, metrics: [{ name: 'cpu', target: 50, instances: [{ name: 'a', value: 1 }] }] },
      'minReplicas',
      'may be 0 only with a metric given as one current value',
    ],
    [
      'a scale event that changes nothing',
      { ...minimal, history: { events: [{ at: '2026-03-01T12:00:00Z', from: 2, to: 2 }] } },
      'history.events[0].to',
      'must differ from from',
    ],
    ['a time that is not RFC 3339', { ...minimal, now: 'yesterday' }, 'now', 'must be an RFC 3339 time'],
    ['an unknown field', { ...minimal, desiredReplicas: 4 }, 'desiredReplicas', 'is not a known field'],
  ])('refuses %s, naming the field', (_case, body, field, problem) => {
    const problems = problemsOf(body);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.find((p) => p.field === field)?.problem).toContain(problem);
  });

  it('caps the number of metrics', () => {
    const metrics = Array.from({ length: 21 }, (_, i) => ({ name: `m${i}`, current: 1, target: 1 }));
    expect(problemsOf({ ...minimal, metrics })).toEqual([{ field: 'metrics', problem: 'must be an array of 1 to 20 metrics' }]);
  });
});

describe('ScalingRecommendation', () => {
  it('describes an answer', () => {
    const answer = {
      currentReplicas: 3,
      desiredReplicas: 4,
      proposedReplicas: 4,
      stabilizedReplicas: 4,
      limitedBy: 'DesiredWithinRange',
      stabilizedBy: null,
      decidingMetric: 'cpu',
      metrics: [
        {
          name: 'cpu',
          current: 60,
          target: 50,
          ratio: 1.2,
          adjustedRatio: null,
          desiredReplicas: 4,
          withinTolerance: false,
          tolerance: { scaleUp: 0.1, scaleDown: 0.1 },
          instances: { ready: 3, missing: 0, notReady: 0 },
          problem: null,
        },
      ],
      at: '2026-03-01T12:00:00.000Z',
    };
    expect(ScalingRecommendation.parse(answer)).toEqual(answer);
  });
});
