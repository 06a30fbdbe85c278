import { AlertRuleInput, parseWith } from '@vigil/types';
import { DEFAULT_RULES } from './default-rules.js';
import { ruleLimitProblems, ruleSpecOf } from './rule-spec.js';

describe('DEFAULT_RULES', () => {
  it.each(DEFAULT_RULES.map((rule) => [rule.name, rule] as const))('%s passes the same validation as a rule posted to the API', (_name, rule) => {
    const parsed = parseWith(AlertRuleInput, rule);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const spec = ruleSpecOf(parsed.value);
    expect(ruleLimitProblems(spec, { maxWindowMs: 86_400_000, maxMetricNameLength: 200 })).toEqual([]);
    // Validation fills in the empty matchers a stored rule always has.
    expect(spec).toEqual({ ...rule, query: rule.query && { matchers: {}, ...rule.query } });
  });

  it('covers the thresholds the defaults promise', () => {
    const threshold = (name: string) => DEFAULT_RULES.find((r) => r.name === name)?.threshold;
    expect([threshold('CpuHigh'), threshold('CpuCritical'), threshold('MemoryHigh'), threshold('MemoryCritical')]).toEqual([0.8, 0.95, 0.8, 0.95]);
    expect([threshold('HttpLatencyP95High'), threshold('HttpLatencyP95Critical')]).toEqual([1, 5]);
    expect([threshold('HttpErrorRateHigh'), threshold('DiskHigh'), threshold('DiskCritical'), threshold('EventLoopLagHigh')]).toEqual([0.05, 0.85, 0.95, 0.2]);
  });
});
