import { hostname } from 'node:os';
import { OTEL_HTTP_DURATION_BUCKETS } from './defaults.js';
import { resolveVigilOptions, VigilOptionsError } from './resolve-options.js';

describe('resolveVigilOptions', () => {
  it('fills in every default from the service name alone, in scrape-only mode without remote profiling', () => {
    const options = resolveVigilOptions({ service: 'orders' });
    expect(options).toMatchObject({
      service: 'orders',
      version: null,
      instanceId: `${hostname()}:${process.pid}`,
      token: null,
      profiler: null,
      registration: null,
      metrics: { path: '/metrics', token: null, hasDefaultMetrics: true, isHttpInstrumented: true },
      probes: { livePath: '/health/live', readyPath: '/health/ready', startupPath: '/health/startup', drainDelayMs: 5_000 },
    });
    expect(options.metrics?.httpBuckets).toEqual(OTEL_HTTP_DURATION_BUCKETS);
  });

  it('registers only with both a server URL and a token, at the heartbeat path under the server URL', () => {
    expect(resolveVigilOptions({ service: 'orders', serverUrl: 'http://vigil:3001' }).registration).toBeNull();
    expect(resolveVigilOptions({ service: 'orders', token: 't' }).registration).toBeNull();
    const options = resolveVigilOptions({ service: 'orders', serverUrl: 'http://vigil:3001/base', token: 't' });
    expect(options.registration).toMatchObject({ heartbeatUrl: 'http://vigil:3001/base/api/v1/targets/heartbeat', intervalMs: 15_000, timeoutMs: 2_000 });
    expect(options.profiler).toMatchObject({ prefix: '/vigil', token: 't', keptArtifacts: 3 });
  });

  it('turns parts off with false, and keeps remote profiling off on request even with a token', () => {
    const options = resolveVigilOptions({ service: 'orders', token: 't', metrics: false, probes: false, profiler: false });
    expect(options).toMatchObject({ metrics: null, probes: null, profiler: null });
  });

  it('drops a trailing slash from paths and refuses relative ones, naming the option', () => {
    expect(resolveVigilOptions({ service: 'orders', token: 't', profiler: { prefix: '/ops/' } }).profiler?.prefix).toBe('/ops');
    expect(() => resolveVigilOptions({ service: 'orders', metrics: { path: 'metrics' } })).toThrow(
      new VigilOptionsError('metrics.path', 'must be an absolute path such as "/metrics"'),
    );
  });

  it('refuses a missing service, a bad URL, a bad count and unordered buckets', () => {
    expect(() => resolveVigilOptions({ service: ' ' })).toThrow('options.service must be a non-empty string');
    expect(() => resolveVigilOptions({ service: 'o', serverUrl: 'vigil:3001' })).toThrow('options.serverUrl must be an http:// or https:// URL');
    expect(() => resolveVigilOptions({ service: 'o', probes: { drainDelayMs: -1 } })).toThrow('options.probes.drainDelayMs must be an integer of at least 0');
    expect(() => resolveVigilOptions({ service: 'o', metrics: { httpBuckets: [1, 0.5] } })).toThrow('options.metrics.httpBuckets');
    expect(() =>
      resolveVigilOptions({ service: 'o', serverUrl: 'http://v', token: 't', registration: { initialRetryDelayMs: 10, maxRetryDelayMs: 5 } }),
    ).toThrow('options.registration.maxRetryDelayMs must not be below registration.initialRetryDelayMs');
  });
});
