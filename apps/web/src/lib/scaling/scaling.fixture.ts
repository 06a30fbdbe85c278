import { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP, DEFAULT_SCALING_METRICS, type ScalingServiceStatus, type ServiceScalingPolicy } from '@vigil/types';

/** The seeded policy as the API answers it, for the specs of the scaling helpers. */
export const seededPolicy: ServiceScalingPolicy = {
  service: 'vigil',
  minReplicas: 2,
  maxReplicas: 20,
  behavior: { scaleUp: DEFAULT_SCALE_UP, scaleDown: DEFAULT_SCALE_DOWN },
  metrics: DEFAULT_SCALING_METRICS.map((metric) => ({ ...metric, source: { ...metric.source } })),
  workload: null,
  autoScaling: false,
  isDefault: true,
  updatedAt: null,
};

/** Three instances running hot on CPU, one without a response-time value yet. */
export const busyService: ScalingServiceStatus = {
  service: 'vigil',
  currentReplicas: 3,
  desiredReplicas: 5,
  limitedBy: 'DesiredWithinRange',
  stabilizedBy: null,
  decidingMetric: 'cpu',
  metrics: [
    {
      name: 'cpu',
      current: 0.8125,
      target: 0.5,
      ratio: 1.625,
      adjustedRatio: null,
      desiredReplicas: 5,
      withinTolerance: false,
      tolerance: { scaleUp: 0.4, scaleDown: 0.4 },
      instances: { ready: 3, missing: 0, notReady: 0 },
      problem: null,
    },
    {
      name: 'response_time_p95',
      current: null,
      target: 1.25,
      ratio: null,
      adjustedRatio: null,
      desiredReplicas: null,
      withinTolerance: false,
      tolerance: { scaleUp: 0.6, scaleDown: 0.6 },
      instances: { ready: 0, missing: 3, notReady: 0 },
      problem: 'no instance reported a value',
    },
  ],
  minReplicas: 2,
  maxReplicas: 20,
  autoScaling: false,
  at: '2026-01-01T00:00:00.000Z',
};
