import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP, type ScalingRules } from '@vigil/types';
import {
  limitWithBehavior,
  limitWithoutBehavior,
  replicasChangedInPeriod,
  scaleDownLimit,
  scaleUpLimit,
  type ScaleEvents,
  type TimedScaleEvent,
} from './rate-limits.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const NO_EVENTS: ScaleEvents = { up: [], down: [] };

/** A Pods and/or a Percent policy (a value of 0 leaves it out), selectPolicy Max. */
function rules(pods: number, podsPeriod: number, percent: number, percentPeriod: number, windowSeconds = 0): ScalingRules {
  const policies: ScalingRules['policies'] = [];
  if (pods !== 0) policies.push({ type: 'Pods', value: pods, periodSeconds: podsPeriod });
  if (percent !== 0) policies.push({ type: 'Percent', value: percent, periodSeconds: percentPeriod });
  return { stabilizationWindowSeconds: windowSeconds, selectPolicy: 'Max', policies };
}

/** Changes spread evenly over the last `seconds`, each in the middle of its slice: [1, 5, 9] over 120 s at 100, 60 and 20 s ago. */
function spread(changes: readonly number[], seconds: number): TimedScaleEvent[] {
  const slice = seconds / changes.length;
  return changes.map((change, index) => ({ atMs: NOW - (seconds - slice * (index + 1) + slice / 2) * 1_000, change }));
}

function secondsAgo(seconds: number, change: number): TimedScaleEvent {
  return { atMs: NOW - seconds * 1_000, change };
}

// horizontal_test.go, TestStoreScaleEvents (the replica change over a 60 s period).
describe('replicasChangedInPeriod', () => {
  it.each([
    ['no event', [], 0],
    ['an event just older than the period', [secondsAgo(61, 7)], 0],
    ['an event inside the period', [secondsAgo(58, 7)], 7],
    ['only the events inside the period', [secondsAgo(61, 7), secondsAgo(59, 6)], 6],
    ['several events inside among older ones', [secondsAgo(29, 8), secondsAgo(59, 6), secondsAgo(61, 7), secondsAgo(61, 9)], 14],
    ['every event inside the period', [secondsAgo(58, 7), secondsAgo(59, 6)], 13],
    ['not an event exactly at the start of the period', [secondsAgo(60, 5)], 0],
  ])('sums %s', (_case, events, expected) => {
    expect(replicasChangedInPeriod(60, events, NOW)).toBe(expected);
  });
});

describe('scaleUpLimit', () => {
  // horizontal_test.go, TestCalculateScaleUpLimitWithScalingRules.
  it('takes the smallest allowance with selectPolicy Min', () => {
    const minRules: ScalingRules = { ...rules(2, 60, 50, 60, 300), selectPolicy: 'Min' };
    expect(scaleUpLimit(1, NO_EVENTS, minRules, NOW)).toBe(2);
  });

  it('rounds a Percent allowance up so that one replica can grow', () => {
    expect(scaleUpLimit(1, NO_EVENTS, rules(0, 0, 10, 60), NOW)).toBe(2);
  });

  it('forbids any scale-up with selectPolicy Disabled', () => {
    expect(scaleUpLimit(7, NO_EVENTS, { ...DEFAULT_SCALE_UP, selectPolicy: 'Disabled' }, NOW)).toBe(7);
  });
});

describe('scaleDownLimit', () => {
  // horizontal_test.go, TestCalculateScaleDownLimitWithBehaviors.
  it('takes the smallest removal with selectPolicy Min', () => {
    const minRules: ScalingRules = { ...rules(2, 60, 50, 60, 300), selectPolicy: 'Min' };
    expect(scaleDownLimit(5, NO_EVENTS, minRules, NOW)).toBe(3);
  });

  it('truncates a Percent removal toward zero', () => {
    expect(scaleDownLimit(5, NO_EVENTS, rules(0, 0, 50, 60), NOW)).toBe(2);
  });

  it('forbids any scale-down with selectPolicy Disabled', () => {
    expect(scaleDownLimit(7, NO_EVENTS, { ...DEFAULT_SCALE_DOWN, selectPolicy: 'Disabled' }, NOW)).toBe(7);
  });
});

interface LimitCase {
  name: string;
  current: number;
  desired: number;
  min: number;
  max: number;
  up?: ScalingRules;
  down?: ScalingRules;
  events?: Partial<ScaleEvents>;
  expected: number;
  reason: string;
}

// horizontal_test.go, TestScalingWithRules.
const cases: LimitCase[] = [
  {
    name: 'passes a desired count within range',
    current: 5, desired: 7, min: 3, max: 8,
    expected: 7, reason: 'DesiredWithinRange',
  },
  {
    name: 'raises a desired count below minReplicas',
    current: 3, desired: 1, min: 2, max: 8,
    expected: 2, reason: 'TooFewReplicas',
  },
  {
    name: 'passes 0 when minReplicas is 0',
    current: 1, desired: 0, min: 0, max: 10,
    expected: 0, reason: 'DesiredWithinRange',
  },
  {
    name: 'stops at maxReplicas below the rate limit',
    current: 20, desired: 1000, min: 1, max: 10,
    expected: 10, reason: 'TooManyReplicas',
  },
  {
    name: 'stops at maxReplicas above the current count',
    current: 100, desired: 1000, min: 100, max: 150,
    expected: 150, reason: 'TooManyReplicas',
  },
  {
    name: 'stops at a 1 % policy, rounded up',
    current: 3, desired: 1000, min: 1, max: 2000,
    up: rules(0, 0, 1, 60),
    expected: 4, reason: 'ScaleUpLimit',
  },
  {
    name: 'doubles at most with the default scale-up',
    current: 10, desired: 50, min: 1, max: 1000,
    expected: 20, reason: 'ScaleUpLimit',
  },
  {
    name: 'takes a Pods policy larger than the Percent one',
    current: 10, desired: 500, min: 1, max: 1000,
    up: rules(100, 60, 100, 60),
    expected: 110, reason: 'ScaleUpLimit',
  },
  {
    name: 'takes a Percent policy larger than the Pods one',
    current: 10, desired: 500, min: 1, max: 1000,
    up: rules(2, 60, 100, 60),
    expected: 20, reason: 'ScaleUpLimit',
  },
  {
    name: 'passes a scale-up within a large Pods policy',
    current: 10, desired: 50, min: 1, max: 1000,
    up: rules(100, 60, 0, 0),
    expected: 50, reason: 'DesiredWithinRange',
  },
  {
    name: 'passes a scale-up within a very large Pods policy',
    current: 10, desired: 50, min: 1, max: 1000,
    up: rules(10000, 60, 0, 0),
    expected: 50, reason: 'DesiredWithinRange',
  },
  {
    name: 'stops at a Pods policy',
    current: 10, desired: 50, min: 1, max: 1000,
    up: rules(30, 60, 0, 0),
    expected: 40, reason: 'ScaleUpLimit',
  },
  {
    name: 'stops at a Percent policy',
    current: 10, desired: 50, min: 1, max: 1000,
    up: rules(0, 0, 200, 60),
    expected: 30, reason: 'ScaleUpLimit',
  },
  {
    name: 'removes what the larger Pods removal allows',
    current: 100, desired: 2, min: 1, max: 1000,
    down: rules(20, 60, 1, 60, 300),
    expected: 80, reason: 'ScaleDownLimit',
  },
  {
    name: 'removes what the larger Percent removal allows',
    current: 100, desired: 2, min: 1, max: 1000,
    down: rules(2, 60, 1, 60, 300),
    expected: 98, reason: 'ScaleDownLimit',
  },
  {
    name: 'stops at minReplicas before a large Pods removal',
    current: 10, desired: 0, min: 1, max: 1000,
    down: rules(100, 60, 0, 0, 300),
    expected: 1, reason: 'TooFewReplicas',
  },
  {
    name: 'stops at minReplicas before a 100 % removal',
    current: 10, desired: 2, min: 5, max: 1000,
    down: rules(0, 0, 100, 60, 300),
    expected: 5, reason: 'TooFewReplicas',
  },
  {
    name: 'stops at a Pods removal',
    current: 10, desired: 2, min: 1, max: 1000,
    down: rules(5, 60, 0, 0, 300),
    expected: 5, reason: 'ScaleDownLimit',
  },
  {
    name: 'passes a scale-down equal to a Percent removal',
    current: 10, desired: 5, min: 1, max: 1000,
    down: rules(0, 0, 50, 60, 300),
    expected: 5, reason: 'DesiredWithinRange',
  },
  {
    name: 'stops at maxReplicas before a Pods policy counted from recent scale-ups',
    current: 100, desired: 500, min: 1, max: 200,
    up: rules(300, 60, 0, 0), events: { up: spread([1, 5, 9], 120) },
    expected: 200, reason: 'TooManyReplicas',
  },
  {
    name: 'stops at maxReplicas before a Percent policy counted from recent scale-ups',
    current: 100, desired: 500, min: 1, max: 200,
    up: rules(0, 0, 10000, 60), events: { up: spread([1, 5, 9], 120) },
    expected: 200, reason: 'TooManyReplicas',
  },
  {
    name: 'holds the count when recent scale-ups used up a Pods policy',
    current: 100, desired: 500, min: 1, max: 1000,
    up: rules(5, 120, 0, 0), events: { up: spread([1, 5, 9], 120) },
    expected: 100, reason: 'ScaleUpLimit',
  },
  {
    name: 'counts a Pods policy from the count before recent scale-ups',
    current: 100, desired: 500, min: 1, max: 1000,
    up: rules(150, 120, 0, 0), events: { up: spread([1, 5, 9], 120) },
    expected: 235, reason: 'ScaleUpLimit',
  },
  {
    name: 'counts a Percent policy from the count before recent scale-ups',
    current: 100, desired: 500, min: 1, max: 1000,
    up: rules(0, 0, 200, 120), events: { up: spread([1, 5, 9], 120) },
    expected: 255, reason: 'ScaleUpLimit',
  },
  {
    name: 'counts a scale-up policy from before recent scale-ups and scale-downs',
    current: 6, desired: 24, min: 1, max: 1000,
    up: rules(0, 0, 300, 300), events: { up: spread([4], 120), down: spread([2], 120) },
    expected: 16, reason: 'ScaleUpLimit',
  },
  {
    name: 'passes a scale-down when past events are older than the default 15 s period',
    current: 10, desired: 5, min: 1, max: 1000,
    events: { down: spread([1, 5, 9], 120) },
    expected: 5, reason: 'DesiredWithinRange',
  },
  {
    name: 'stops at minReplicas when a Pods removal counted from recent scale-downs reaches 0',
    current: 100, desired: 0, min: 1, max: 1000,
    down: rules(115, 120, 0, 0, 300), events: { down: spread([1, 5, 9], 120) },
    expected: 1, reason: 'TooFewReplicas',
  },
  {
    name: 'stops at minReplicas when a Pods removal counted from recent scale-downs goes below it',
    current: 100, desired: 0, min: 5, max: 1000,
    down: rules(130, 120, 0, 0, 300), events: { down: spread([1, 5, 9], 120) },
    expected: 5, reason: 'TooFewReplicas',
  },
  {
    name: 'stops at minReplicas before a 100 % removal after recent scale-downs',
    current: 100, desired: 2, min: 5, max: 1000,
    down: rules(0, 0, 100, 120, 300), events: { down: spread([1, 5, 9], 120) },
    expected: 5, reason: 'TooFewReplicas',
  },
  {
    name: 'holds the count when recent scale-downs used up a Pods removal',
    current: 100, desired: 2, min: 1, max: 1000,
    down: rules(5, 120, 0, 0, 300), events: { down: spread([1, 5, 9], 120) },
    expected: 100, reason: 'ScaleDownLimit',
  },
  {
    name: 'counts a Percent removal from the count before recent scale-downs',
    current: 100, desired: 0, min: 1, max: 1000,
    down: rules(0, 0, 50, 120, 300), events: { down: spread([2, 4, 6], 120) },
    expected: 56, reason: 'ScaleDownLimit',
  },
  {
    name: 'counts a scale-down policy from before recent scale-ups and scale-downs',
    current: 10, desired: 1, min: 1, max: 1000,
    down: rules(0, 0, 50, 180), events: { up: spread([2], 120), down: spread([4], 120) },
    expected: 6, reason: 'ScaleDownLimit',
  },
  {
    name: 'holds the count when a small Percent removal after recent scale-downs is above it',
    current: 100, desired: 0, min: 1, max: 1000,
    down: rules(0, 0, 10, 120, 300), events: { down: spread([10, 10, 10], 120) },
    expected: 100, reason: 'ScaleDownLimit',
  },
  {
    name: 'passes a scale-down when a huge Percent removal goes below zero',
    current: 10, desired: 5, min: 1, max: 1000,
    down: rules(0, 0, 1000, 120, 300), events: { down: spread([10, 10, 10], 120) },
    expected: 5, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts only the scale-ups within a Pods policy period',
    current: 100, desired: 200, min: 1, max: 1000,
    up: rules(1000, 60, 0, 0), events: { up: spread([8, 12, 9, 11], 120) },
    expected: 200, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts each policy over its own period (scale-up)',
    current: 100, desired: 200, min: 1, max: 1000,
    up: rules(1000, 120, 100, 60), events: { up: spread([8, 12, 9, 11], 120) },
    expected: 200, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts each policy over its own shorter period (scale-up)',
    current: 100, desired: 200, min: 1, max: 1000,
    up: rules(1000, 30, 100, 60), events: { up: spread([8, 12, 9, 11], 120) },
    expected: 200, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts only the scale-downs within a Pods removal period',
    current: 100, desired: 5, min: 1, max: 1000,
    down: rules(1000, 60, 0, 0, 300), events: { down: spread([8, 12, 9, 11], 120) },
    expected: 5, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts each policy over its own period (scale-down)',
    current: 100, desired: 5, min: 1, max: 1000,
    down: rules(1000, 120, 100, 60, 300), events: { down: spread([8, 12, 9, 11], 120) },
    expected: 5, reason: 'DesiredWithinRange',
  },
  {
    name: 'counts each policy over its own shorter period (scale-down)',
    current: 100, desired: 5, min: 1, max: 1000,
    down: rules(1000, 30, 100, 60, 300), events: { down: spread([8, 12, 9, 11], 120) },
    expected: 5, reason: 'DesiredWithinRange',
  },
];

describe('limitWithBehavior', () => {
  it.each(cases)('$name', (tc) => {
    const limited = limitWithBehavior({
      currentReplicas: tc.current,
      desiredReplicas: tc.desired,
      minReplicas: tc.min,
      maxReplicas: tc.max,
      scaleUp: tc.up ?? DEFAULT_SCALE_UP,
      scaleDown: tc.down ?? DEFAULT_SCALE_DOWN,
      events: { ...NO_EVENTS, ...tc.events },
      nowMs: NOW,
    });
    expect(limited).toEqual({ replicas: tc.expected, limitedBy: tc.reason });
  });

  it('holds the count against a scale-up or scale-down its direction disables', () => {
    const args = { minReplicas: 1, maxReplicas: 100, scaleUp: DEFAULT_SCALE_UP, scaleDown: DEFAULT_SCALE_DOWN, events: NO_EVENTS, nowMs: NOW };
    const disabledUp = { ...DEFAULT_SCALE_UP, selectPolicy: 'Disabled' as const };
    const disabledDown = { ...DEFAULT_SCALE_DOWN, selectPolicy: 'Disabled' as const };
    expect(limitWithBehavior({ ...args, currentReplicas: 5, desiredReplicas: 9, scaleUp: disabledUp })).toEqual({
      replicas: 5,
      limitedBy: 'ScaleUpLimit',
    });
    expect(limitWithBehavior({ ...args, currentReplicas: 5, desiredReplicas: 2, scaleDown: disabledDown })).toEqual({
      replicas: 5,
      limitedBy: 'ScaleDownLimit',
    });
  });
});

// horizontal_test.go, TestConvertDesiredReplicasWithRules.
describe('limitWithoutBehavior', () => {
  it.each([
    ['passes a desired count within range', 5, 7, 3, 8, 7, 'DesiredWithinRange'],
    ['raises a desired count below minReplicas', 3, 1, 2, 8, 2, 'TooFewReplicas'],
    ['passes 0 when minReplicas is 0', 1, 0, 0, 10, 0, 'DesiredWithinRange'],
    ['stops at maxReplicas when it is below twice the count', 20, 1000, 1, 10, 10, 'TooManyReplicas'],
    ['stops at twice the count when maxReplicas is higher', 3, 1000, 1, 2000, 6, 'ScaleUpLimit'],
    ['always allows reaching 4', 1, 1000, 1, 2000, 4, 'ScaleUpLimit'],
  ])('%s', (_case, current, desired, min, max, expected, reason) => {
    expect(limitWithoutBehavior(current, desired, min, max)).toEqual({ replicas: expected, limitedBy: reason });
  });
});
