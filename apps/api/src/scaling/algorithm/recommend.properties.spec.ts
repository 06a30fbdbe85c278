import fc from 'fast-check';
import {
  ScalingRecommendationInput,
  type ScalingMetricInput,
  type ScalingRecommendationSpec,
  type ScalingRules,
} from '@vigil/types';
import { recommendReplicas } from './recommend.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const RUNS = { numRuns: 400 };

const secondsAgo = (maxSeconds: number) => fc.integer({ min: 0, max: maxSeconds }).map((seconds) => new Date(NOW - seconds * 1_000).toISOString());
const positive = fc.double({ min: 0.01, max: 1_000, noNaN: true });
const tolerance = fc.double({ min: 0, max: 1, noNaN: true });

const wholeWorkloadMetric = fc.record(
  { current: fc.double({ min: 0, max: 5_000, noNaN: true }), target: positive, scaleUpTolerance: tolerance, scaleDownTolerance: tolerance },
  { requiredKeys: ['current', 'target'] },
);
const instanceMetric = fc.record({
  target: positive,
  instances: fc.array(fc.record({ value: fc.option(fc.double({ min: 0, max: 5_000, noNaN: true }), { nil: undefined }), ready: fc.boolean() }), {
    maxLength: 8,
  }),
});
const anyMetric = fc.oneof(wholeWorkloadMetric, instanceMetric);

const rules = fc.record(
  {
    stabilizationWindowSeconds: fc.integer({ min: 0, max: 3_600 }),
    selectPolicy: fc.constantFrom('Max' as const, 'Min' as const, 'Disabled' as const),
    policies: fc.array(
      fc.record({
        type: fc.constantFrom('Pods' as const, 'Percent' as const),
        value: fc.integer({ min: 1, max: 300 }),
        periodSeconds: fc.integer({ min: 1, max: 1_800 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    tolerance,
  },
  { requiredKeys: [] },
);
const behavior = fc.option(fc.record({ scaleUp: rules, scaleDown: rules }, { requiredKeys: [] }), { nil: undefined });

const scaleEvent = fc
  .record({ at: secondsAgo(2_000), from: fc.integer({ min: 0, max: 60 }), to: fc.integer({ min: 0, max: 60 }) })
  .filter((event) => event.from !== event.to);

/** Valid request bodies, parsed with the contract so that defaults are filled as the API fills them. */
const requests = fc
  .record({
    minReplicas: fc.integer({ min: 0, max: 10 }),
    span: fc.integer({ min: 0, max: 40 }),
    currentOffset: fc.integer({ min: -12, max: 60 }),
    readyReplicas: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    metrics: fc.array(anyMetric, { minLength: 1, maxLength: 3 }),
    behavior,
    recommendations: fc.option(fc.array(fc.record({ at: secondsAgo(4_000), replicas: fc.integer({ min: 0, max: 80 }) }), { maxLength: 10 }), {
      nil: undefined,
    }),
    events: fc.array(scaleEvent, { maxLength: 10 }),
    scaledToZero: fc.boolean(),
  })
  .map((raw) => {
    const maxReplicas = Math.max(1, raw.minReplicas + raw.span);
    const metrics: ScalingMetricInput[] = raw.metrics.map((metric, index) =>
      'instances' in metric
        ? { name: `m${index}`, target: metric.target, instances: metric.instances.map((instance, i) => ({ name: `pod-${i}`, ...instance })) }
        : { name: `m${index}`, ...metric },
    );
    // Kubernetes allows minReplicas 0 only with a whole-workload metric.
    if (raw.minReplicas === 0 && metrics.every((metric) => metric.instances !== undefined)) metrics.unshift({ name: 'whole', current: 1, target: 1 });
    return ScalingRecommendationInput.parse({
      currentReplicas: Math.max(0, raw.minReplicas + raw.currentOffset),
      readyReplicas: raw.readyReplicas,
      minReplicas: raw.minReplicas,
      maxReplicas,
      metrics,
      behavior: raw.behavior,
      history: { recommendations: raw.recommendations, events: raw.events, scaledToZero: raw.scaledToZero },
    });
  });

function isInRange(input: ScalingRecommendationSpec): boolean {
  return input.currentReplicas >= Math.max(1, input.minReplicas) && input.currentReplicas <= input.maxReplicas;
}

/** The count at the start of a period, from the events strictly inside it. */
function periodStart(input: ScalingRecommendationSpec, periodSeconds: number): number {
  return input.history.events.reduce((count, event) => {
    const isInside = NOW - Date.parse(event.at) < periodSeconds * 1_000;
    return isInside ? count - (event.to - event.from) : count;
  }, input.currentReplicas);
}

/** Whether moving to `desired` stays within what the direction's policies allow over their periods. */
function isAllowedByPolicies(input: ScalingRecommendationSpec, direction: ScalingRules, desired: number, isUp: boolean): boolean {
  if (direction.selectPolicy === 'Disabled') return false;
  const allows = direction.policies.map((policy) => {
    const start = periodStart(input, policy.periodSeconds);
    if (isUp) return desired <= (policy.type === 'Pods' ? start + policy.value : Math.ceil(start * (1 + policy.value / 100)));
    return desired >= (policy.type === 'Pods' ? start - policy.value : Math.trunc(start * (1 - policy.value / 100)));
  });
  return direction.selectPolicy === 'Max' ? allows.some(Boolean) : allows.every(Boolean);
}

describe('recommendReplicas (properties)', () => {
  it('answers within [minReplicas, maxReplicas], or stays at zero when it cannot scale from there', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const result = recommendReplicas(input, NOW);
        if (result.limitedBy === 'ScalingDisabled' || (input.currentReplicas === 0 && result.limitedBy === 'FailedComputeMetricsReplicas')) {
          expect(input.currentReplicas).toBe(0);
          expect(result.desiredReplicas).toBe(0);
        } else {
          expect(result.desiredReplicas).toBeGreaterThanOrEqual(input.minReplicas);
          expect(result.desiredReplicas).toBeLessThanOrEqual(input.maxReplicas);
        }
      }),
      RUNS,
    );
  });

  it('keeps the current count when every metric is within tolerance and no recommendation forces a change', () => {
    const withinTolerance = fc
      .record({
        request: requests,
        ratios: fc.array(fc.double({ min: -0.99, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 3 }),
        // Tolerances near float epsilon leave no room: 1 − 0.9999999999999998 is already above 8e-17.
        up: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })),
        down: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })),
      })
      .map(({ request, ratios, up, down }) => ({
        ...request,
        // Each metric at target × (1 + r × tolerance), inside its tolerance with room for rounding.
        metrics: ratios.map((r, index) => ({
          name: `m${index}`,
          target: 10,
          current: 10 * (1 + (r >= 0 ? r * up : r * down)),
          scaleUpTolerance: up,
          scaleDownTolerance: down,
        })),
      }))
      .filter(isInRange)
      // Without behavior a higher recommendation of the window raises the count on purpose.
      .filter((input) => input.behavior !== undefined || (input.history.recommendations ?? []).every((r) => r.replicas <= input.currentReplicas));
    fc.assert(
      fc.property(withinTolerance, (input) => {
        const result = recommendReplicas(input, NOW);
        expect(result.desiredReplicas).toBe(input.currentReplicas);
        expect(result.limitedBy).toBe('WithinTolerance');
      }),
      RUNS,
    );
  });

  it('never moves by more than the scaling policies allow over their periods', () => {
    fc.assert(
      fc.property(requests.filter(isInRange), (input) => {
        const { desiredReplicas } = recommendReplicas(input, NOW);
        const current = input.currentReplicas;
        if (input.behavior === undefined) {
          // The fixed rule without behavior: at most double, or 4, per evaluation.
          if (desiredReplicas > current) expect(desiredReplicas).toBeLessThanOrEqual(Math.max(2 * current, 4));
          return;
        }
        if (desiredReplicas > current) expect(isAllowedByPolicies(input, input.behavior.scaleUp, desiredReplicas, true)).toBe(true);
        if (desiredReplicas < current) expect(isAllowedByPolicies(input, input.behavior.scaleDown, desiredReplicas, false)).toBe(true);
      }),
      RUNS,
    );
  });
});
