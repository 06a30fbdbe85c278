/** Route prefixes of the API; probes and `/api/v1/health*` come from `@vigil/types`. */
const V1 = '/api/v1';

export const API_PATHS = {
  config: `${V1}/config`,
  metrics: `${V1}/metrics`,
  profilerSessions: `${V1}/profiler/sessions`,
  profiler: `${V1}/profiler`,
  alerts: `${V1}/alerts`,
  alertRules: `${V1}/alert-rules`,
  silences: `${V1}/silences`,
  channels: `${V1}/channels`,
  escalationPolicies: `${V1}/escalation-policies`,
  scaling: `${V1}/scaling`,
  targets: `${V1}/targets`,
} as const;

export function itemPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}
