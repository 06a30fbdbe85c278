import type { AlertRuleQuery } from '@vigil/types';
import type { RuleSpec } from './rule-spec.js';

const base = () => ({ health: null, anomaly: null, labels: {}, channelIds: [], escalationPolicyId: null, enabled: true, cooldown: '0s' });
const byInstance = () => ['instance'];

function threshold(
  name: string,
  severity: RuleSpec['severity'],
  query: NonNullable<RuleSpec['query']>,
  value: number,
  forDuration: string,
  summary: string,
): RuleSpec {
  return {
    ...base(),
    name,
    kind: 'threshold',
    query,
    comparator: '>',
    threshold: value,
    for: forDuration,
    keepFiringFor: '2m',
    severity,
    annotations: { summary },
  };
}

const cpu: AlertRuleQuery = { metric: 'vigil_system_cpu_utilisation_ratio', aggregation: 'avg', window: '5m', by: byInstance() };
const memory: AlertRuleQuery = { metric: 'vigil_system_memory_utilisation_ratio', aggregation: 'avg', window: '5m', by: byInstance() };
const latency: AlertRuleQuery = { metric: 'vigil_http_request_duration_seconds', aggregation: 'p95', window: '5m', by: byInstance() };
// Per series (instance and mount): each filesystem is its own alert.
const disk: AlertRuleQuery = { metric: 'vigil_system_disk_utilisation_ratio', aggregation: 'last', window: '5m' };

/**
 * The rules seeded on first start, as the issue lists them. Ratios are 0-1 and
 * latencies seconds, as the metrics store them; the summaries say it in percent and ms.
 */
export const DEFAULT_RULES: readonly RuleSpec[] = [
  threshold('CpuHigh', 'warning', cpu, 0.8, '5m', 'CPU above 80% for 5 minutes'),
  threshold('CpuCritical', 'critical', cpu, 0.95, '5m', 'CPU above 95% for 5 minutes'),
  threshold('MemoryHigh', 'warning', memory, 0.8, '5m', 'Memory above 80% for 5 minutes'),
  threshold('MemoryCritical', 'critical', memory, 0.95, '5m', 'Memory above 95% for 5 minutes'),
  threshold('HttpLatencyP95High', 'warning', latency, 1, '5m', 'HTTP p95 latency above 1000 ms'),
  threshold('HttpLatencyP95Critical', 'critical', latency, 5, '5m', 'HTTP p95 latency above 5000 ms'),
  threshold(
    'HttpErrorRateHigh',
    'critical',
    { metric: 'vigil_http_requests_total', aggregation: 'increase', window: '5m', by: byInstance(), ratioOf: { status_class: '5xx' } },
    0.05,
    '5m',
    'More than 5% of HTTP requests answered 5xx',
  ),
  threshold('DiskHigh', 'warning', disk, 0.85, '10m', 'Disk above 85% used'),
  threshold('DiskCritical', 'critical', disk, 0.95, '5m', 'Disk above 95% used'),
  threshold(
    'EventLoopLagHigh',
    'warning',
    { metric: 'vigil_nodejs_eventloop_lag_p99_seconds', aggregation: 'avg', window: '1m', by: byInstance() },
    0.2,
    '2m',
    'Event-loop p99 delay above 200 ms',
  ),
  {
    // Prometheus' `up == 0` for 1m, per target: an instance whose scrapes fail.
    ...threshold('TargetDown', 'critical', { metric: 'up', aggregation: 'last', window: '1m', by: ['service', 'instance'] }, 1, '1m', 'A scrape target is down'),
    comparator: '<',
    keepFiringFor: '0s',
  },
  {
    ...base(),
    name: 'CriticalComponentDown',
    kind: 'health',
    query: null,
    comparator: null,
    threshold: null,
    health: { component: '*', status: 'down', criticalOnly: true },
    for: '1m',
    keepFiringFor: '1m',
    severity: 'critical',
    annotations: { summary: 'A critical health component is down' },
  },
];
