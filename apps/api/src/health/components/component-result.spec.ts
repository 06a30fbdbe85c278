import { overallStatus, runChecks, toComponentResult } from './component-result.js';
import type { HealthComponent } from './health-component.js';

const database = { name: 'database', kind: 'database', isCritical: true, timeoutMs: 1_000 } as const;
const disk = { name: 'disk', kind: 'disk', isCritical: false, timeoutMs: 1_000 } as const;
const eventLoop = { name: 'event-loop', kind: 'event-loop', isCritical: false, timeoutMs: 1_000 } as const;

describe('toComponentResult', () => {
  it('keeps a fast dependency up and scores its latency against the timeout', () => {
    expect(toComponentResult(database, { status: 'up', responseTime: 20 })).toEqual({
      name: 'database',
      kind: 'database',
      isCritical: true,
      status: 'up',
      responseTimeMs: 20,
      message: null,
      latencyRatio: 0.02,
      isCached: false,
    });
  });

  it('calls a dependency that took half its timeout or more degraded', () => {
    const result = toComponentResult(database, { status: 'up', responseTime: 500, cachedResponse: true });
    expect(result).toMatchObject({ status: 'degraded', message: 'slow: 500 ms of a 1000 ms limit', isCached: true });
  });

  it('reports a down check with its message and no ratio', () => {
    const result = toComponentResult(database, { status: 'down', message: 'timeout of 1000ms exceeded', responseTime: 1_001 });
    expect(result).toMatchObject({ status: 'down', message: 'timeout of 1000ms exceeded', responseTimeMs: 1_001 });
    expect(result.latencyRatio).toBeUndefined();
  });

  it('reads a resource load as usage and the event-loop delay as latency', () => {
    expect(toComponentResult(disk, { status: 'up', responseTime: 0, loadRatio: 0.7 })).toMatchObject({
      status: 'up',
      usageRatio: 0.7,
    });
    expect(toComponentResult(eventLoop, { status: 'up', responseTime: 0, loadRatio: 0.1 })).toMatchObject({
      status: 'up',
      latencyRatio: 0.1,
    });
  });
});

describe('overallStatus', () => {
  it.each([
    [[{ status: 'up', isCritical: true }, { status: 'up', isCritical: false }], 'up'],
    [[{ status: 'up', isCritical: true }, { status: 'down', isCritical: false }], 'degraded'],
    [[{ status: 'degraded', isCritical: true }, { status: 'up', isCritical: false }], 'degraded'],
    [[{ status: 'down', isCritical: true }, { status: 'up', isCritical: false }], 'down'],
    [[], 'up'],
  ] as const)('%j → %s', (results, expected) => {
    expect(overallStatus(results)).toBe(expected);
  });
});

describe('runChecks', () => {
  it('turns a check that throws into a down component', async () => {
    const broken: HealthComponent = { ...disk, check: () => Promise.reject(new Error('EACCES')) };
    const [result] = await runChecks([broken]);
    expect(result).toMatchObject({ name: 'disk', status: 'down', message: 'EACCES' });
  });
});
