import { bandOf, DEFAULT_SCALING_METRICS, defaultScalingMetrics, ScalingWorkload, ServiceScalingPolicyInput, targetOfBand } from './scaling-services.js';
import { parseWith } from './problems.js';

describe('scaling thresholds as HPA targets', () => {
  it("turns each seed band into the target and tolerances whose band it is exactly", () => {
    const bands = DEFAULT_SCALING_METRICS.map((m) => [m.name, m.target, m.scaleUpTolerance, bandOf(m)]);
    expect(bands).toEqual([
      ['cpu', 0.5, 0.4, { up: 0.7, down: 0.3 }],
      ['memory', 0.65, 0.230769230769, { up: expect.closeTo(0.8, 10), down: expect.closeTo(0.5, 10) }],
      ['response_time_p95', 1.25, 0.6, { up: 2, down: 0.5 }],
      ['requests_in_flight', 55, 0.818181818182, { up: expect.closeTo(100, 9), down: expect.closeTo(10, 9) }],
      ['error_rate', 0.03, 0.666666666667, { up: expect.closeTo(0.05, 10), down: expect.closeTo(0.01, 10) }],
    ]);
  });

  it('round-trips a band through target and tolerance', () => {
    expect(targetOfBand({ up: 0.7, down: 0.3 })).toEqual({ target: 0.5, scaleUpTolerance: 0.4, scaleDownTolerance: 0.4 });
    expect(bandOf({ target: 50, scaleUpTolerance: 0.4, scaleDownTolerance: 0.4 })).toEqual({ up: 70, down: 30 });
  });

  it('fills a policy with the defaults and names what is wrong', () => {
    const parsed = parseWith(ServiceScalingPolicyInput, {});
    // Metrics left out stay out: their defaults depend on the service (defaultScalingMetrics).
    expect(parsed.ok && [parsed.value.minReplicas, parsed.value.maxReplicas, parsed.value.metrics]).toEqual([2, 20, undefined]);
    expect(defaultScalingMetrics('vigil').map((m) => m.source.metric)).toEqual(DEFAULT_SCALING_METRICS.map((m) => m.source.metric));
    expect(defaultScalingMetrics('orders').map((m) => [m.name, m.source.metric, m.source.aggregation, m.target])).toEqual([
      ['cpu', 'process_cpu_seconds_total', 'rate', 0.5],
      ['response_time_p95', 'http_server_request_duration_seconds', 'p95', 1.25],
    ]);
    expect(parseWith(ServiceScalingPolicyInput, { minReplicas: 0, metrics: [] })).toEqual({
      ok: false,
      problems: [
        { field: 'minReplicas', problem: 'must be a whole number from 1 to 10000' },
        { field: 'metrics', problem: 'must be an array of 1 to 10 metrics' },
      ],
    });
  });
});

describe('ScalingWorkload', () => {
  const fieldsOf = (value: unknown) => {
    const parsed = parseWith(ScalingWorkload, value);
    return parsed.ok ? [] : [...new Set(parsed.problems.map((p) => p.field))];
  };

  it('takes a Deployment or StatefulSet named as Kubernetes names them', () => {
    expect(fieldsOf({ kind: 'Deployment', namespace: 'prod', name: 'vigil-api' })).toEqual([]);
    expect(fieldsOf({ kind: 'StatefulSet', namespace: 'a-1', name: 'db.v2' })).toEqual([]);
    expect(fieldsOf({ kind: 'StatefulSet', namespace: 'x'.repeat(63), name: `${'a'.repeat(63)}.${'b'.repeat(63)}` })).toEqual([]);
  });

  it('refuses other kinds, and names that are not DNS-1123', () => {
    expect(fieldsOf({ kind: 'DaemonSet', namespace: 'prod', name: 'api' })).toEqual(['kind']);
    expect(fieldsOf({ kind: 'Deployment', namespace: 'Prod', name: 'api' })).toEqual(['namespace']);
    expect(fieldsOf({ kind: 'Deployment', namespace: 'has.dot', name: 'api' })).toEqual(['namespace']);
    expect(fieldsOf({ kind: 'Deployment', namespace: 'x'.repeat(64), name: 'api' })).toEqual(['namespace']);
    for (const name of ['API', '-api', 'api-', 'a..b', 'a_b', '', 'x'.repeat(254)]) {
      expect(fieldsOf({ kind: 'Deployment', namespace: 'prod', name })).toEqual(['name']);
    }
  });

  it('is optional in a policy and has no default', () => {
    const parsed = parseWith(ServiceScalingPolicyInput, {});
    expect(parsed.ok && parsed.value.workload).toBeUndefined();
  });
});
