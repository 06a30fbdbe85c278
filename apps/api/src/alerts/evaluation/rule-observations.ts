import type { StoredRule } from '../rules/rule-spec.js';
import type { WindowResult, WindowSelector } from '../../metrics/history/metric-window.reader.js';
import { parseDuration } from '../../common/validation/formats.js';
import { detectAnomaly } from './anomaly-detector.js';
import { compare } from './comparator.js';
import type { ComponentState } from './health-state.book.js';
import { combineSeries } from './series-combiner.js';

/** One label set a rule looked at this evaluation. */
export interface Observation {
  labels: Record<string, string>;
  value: number | null;
  isBreaching: boolean;
}

/** The stored samples a threshold or anomaly rule needs; null for health rules. */
export function selectorFor(rule: StoredRule): WindowSelector | null {
  if (!rule.query) return null;
  const windowMs = parseDuration(rule.query.window) ?? 60_000;
  const baselineMs = rule.anomaly ? (parseDuration(rule.anomaly.baselineWindow) ?? windowMs) : 0;
  return {
    metric: rule.query.metric,
    matchers: rule.query.matchers ?? {},
    bucketMs: windowMs,
    // Anomaly rules: the current window plus the baseline windows before it.
    buckets: 1 + Math.floor(baselineMs / windowMs),
  };
}

/** Threshold and anomaly rules: one observation per label set with a value in the last window. */
export function observeMetric(rule: StoredRule, data: WindowResult, now: number): Observation[] {
  const query = rule.query!;
  const bucketMs = parseDuration(query.window) ?? 60_000;
  const lastBucket = now + 1 - bucketMs;
  return combineSeries(data.series, query, bucketMs).flatMap((series): Observation[] => {
    const current = series.values.find(([at]) => at === lastBucket)?.[1];
    if (current === undefined) return [];
    if (rule.kind === 'threshold') {
      return [{ labels: series.labels, value: current, isBreaching: compare(current, rule.comparator!, rule.threshold!) }];
    }
    const baseline = series.values.filter(([at]) => at < lastBucket).map(([, v]) => v);
    const verdict = detectAnomaly(current, baseline, rule.anomaly!);
    return verdict ? [{ labels: series.labels, value: current, isBreaching: verdict.isAnomalous }] : [];
  });
}

/** Health rules: one observation per (instance, component) the rule covers. */
export function observeHealth(rule: StoredRule, states: readonly ComponentState[]): Observation[] {
  const spec = rule.health!;
  return states
    .filter((s) => (spec.component === '*' || s.component === spec.component) && (!spec.criticalOnly || s.isCritical))
    .map((s) => ({
      labels: { instance: s.instance, component: s.component },
      value: null,
      isBreaching: s.status === 'down' || (spec.status === 'degraded' && s.status === 'degraded'),
    }));
}
