import type { LoadBalancerView, ScalingSimulation } from '@vigil/types';

/**
 * Ten minutes at 1-minute steps: the current policy (2 to 20) follows a spike up to 6
 * and back (40 replica-minutes); the proposed one (2 to 5) is capped at 5 and stays
 * there (41), is above target longer, and has a metric the current policy lacks. One
 * instance reported, then two.
 */
export const cappedSimulation: ScalingSimulation = {
  service: 'vigil',
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-01-01T00:10:00.000Z',
  stepMs: 60_000,
  steps: 10,
  resolution: '1m',
  observed: {
    timeline: [
      { at: '2026-01-01T00:00:00.000Z', replicas: 1 },
      { at: '2026-01-01T00:05:00.000Z', replicas: 2 },
    ],
    instanceHours: 0.25,
  },
  current: {
    timeline: [
      { at: '2026-01-01T00:00:00.000Z', replicas: 2 },
      { at: '2026-01-01T00:03:00.000Z', replicas: 6 },
      { at: '2026-01-01T00:08:00.000Z', replicas: 2 },
    ],
    scaleEvents: 2,
    instanceHours: 40 / 60,
    aboveTargetSeconds: 120,
    metrics: [
      { name: 'cpu', aboveTargetSeconds: 120 },
      { name: 'memory', aboveTargetSeconds: 0 },
    ],
    minReplicas: 2,
    maxReplicas: 20,
  },
  proposed: {
    timeline: [
      { at: '2026-01-01T00:00:00.000Z', replicas: 2 },
      { at: '2026-01-01T00:03:00.000Z', replicas: 5 },
    ],
    scaleEvents: 1,
    instanceHours: 41 / 60,
    aboveTargetSeconds: 420,
    metrics: [
      { name: 'cpu', aboveTargetSeconds: 420 },
      { name: 'requests_in_flight', aboveTargetSeconds: 60 },
    ],
    minReplicas: 2,
    maxReplicas: 5,
  },
};

/** Two instances, one taking most of the traffic while not ready, one without a health check recorded. */
export const unevenBalance: LoadBalancerView = {
  service: 'vigil',
  window: '5m',
  at: '2026-01-01T00:00:00.000Z',
  totalRequests: 400,
  meanShare: 0.5,
  imbalance: 1.8,
  coefficientOfVariation: 0.8,
  instances: [
    { instance: 'api-0', requests: 360.4, share: 0.9, p95Seconds: 0.0123, errorRate: 0.05, isReady: false, flags: ['overloaded', 'not-ready-with-traffic'] },
    { instance: 'api-1', requests: 39.6, share: 0.1, p95Seconds: null, errorRate: 0, isReady: null, flags: [] },
  ],
};
