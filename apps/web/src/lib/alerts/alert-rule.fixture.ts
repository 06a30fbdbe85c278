import type { AlertRule } from '@vigil/types';

/** A stored threshold rule with every field set, for the specs of the rule helpers. */
export const thresholdRule: AlertRule = {
  id: 'r1',
  name: 'High CPU',
  kind: 'threshold',
  query: { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', window: '5m' },
  comparator: '>',
  threshold: 0.9,
  anomaly: null,
  health: null,
  for: '2m',
  keepFiringFor: '1m',
  cooldown: '0s',
  severity: 'warning',
  labels: { team: 'ops' },
  annotations: { summary: 'CPU high' },
  channelIds: [],
  escalationPolicyId: null,
  enabled: true,
  isDefault: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
