import type {
  AlertListQuery,
  LoadBalancerQuery,
  MetricQueryFunction,
  ProfilingSessionQuery,
  ScalingEventsQuery,
  ScalingForecastQuery,
  SilenceState,
  TargetsQuery,
} from '@vigil/types';
import type { TimeRangeKey } from './time-range';

/** What identifies one metric query; the absolute window is computed when it runs. */
export interface MetricQueryKey {
  name: string;
  labels?: string;
  fn?: MetricQueryFunction;
  range: TimeRangeKey;
}

/**
 * Every react-query key in the app. Each `all` is the prefix of its narrower keys, so
 * invalidating it refreshes everything under that endpoint family.
 */
export const queryKeys = {
  health: {
    all: ['health'] as const,
    readiness: () => [...queryKeys.health.all, 'readiness'] as const,
    report: () => [...queryKeys.health.all, 'report'] as const,
    history: (component: string | undefined, range: TimeRangeKey) =>
      [...queryKeys.health.all, 'history', { component, range }] as const,
    uptime: () => [...queryKeys.health.all, 'uptime'] as const,
  },
  metrics: {
    all: ['metrics'] as const,
    query: (key: MetricQueryKey) => [...queryKeys.metrics.all, 'query', key] as const,
    system: () => [...queryKeys.metrics.all, 'system'] as const,
    slowQueries: () => [...queryKeys.metrics.all, 'slow-queries'] as const,
  },
  profiler: {
    all: ['profiler'] as const,
    sessions: (query: ProfilingSessionQuery) => [...queryKeys.profiler.all, 'sessions', query] as const,
    session: (id: string) => [...queryKeys.profiler.all, 'session', id] as const,
    analysis: (id: string) => [...queryKeys.profiler.all, 'analysis', id] as const,
    runtime: () => [...queryKeys.profiler.all, 'runtime'] as const,
    recommendations: () => [...queryKeys.profiler.all, 'recommendations'] as const,
  },
  alerts: {
    all: ['alerts'] as const,
    list: (query: AlertListQuery) => [...queryKeys.alerts.all, 'list', query] as const,
    detail: (id: string) => [...queryKeys.alerts.all, 'detail', id] as const,
  },
  alertRules: {
    all: ['alert-rules'] as const,
    list: () => [...queryKeys.alertRules.all, 'list'] as const,
  },
  silences: {
    all: ['silences'] as const,
    list: (state: SilenceState | undefined) => [...queryKeys.silences.all, 'list', { state }] as const,
  },
  channels: {
    all: ['channels'] as const,
    list: () => [...queryKeys.channels.all, 'list'] as const,
    deliveries: (id: string) => [...queryKeys.channels.all, 'deliveries', id] as const,
  },
  escalationPolicies: {
    all: ['escalation-policies'] as const,
    list: () => [...queryKeys.escalationPolicies.all, 'list'] as const,
  },
  settings: {
    all: ['settings'] as const,
    list: () => [...queryKeys.settings.all, 'list'] as const,
  },
  scaling: {
    all: ['scaling'] as const,
    services: () => [...queryKeys.scaling.all, 'services'] as const,
    policy: (service: string) => [...queryKeys.scaling.all, 'policy', service] as const,
    events: (query: ScalingEventsQuery) => [...queryKeys.scaling.all, 'events', query] as const,
    loadBalancer: (query: LoadBalancerQuery) => [...queryKeys.scaling.all, 'load-balancer', query] as const,
    forecast: (query: ScalingForecastQuery) => [...queryKeys.scaling.all, 'forecast', query] as const,
  },
  targets: {
    all: ['targets'] as const,
    list: (query: TargetsQuery) => [...queryKeys.targets.all, 'list', query] as const,
    detail: (id: string) => [...queryKeys.targets.all, 'detail', id] as const,
  },
};
