import { toComponentUptime, uptimePercent, windowStarts } from './uptime.js';

describe('uptimePercent', () => {
  it.each([
    [4, 3, 75],
    [3, 2, 66.667],
    [8640, 8639, 99.988],
    [10, 10, 100],
    [10, 0, 0],
  ])('%d checks, %d available → %d%%', (checks, available, percent) => {
    expect(uptimePercent(checks, available)).toBe(percent);
  });

  it('is null without checks rather than 0 or 100', () => {
    expect(uptimePercent(0, 0)).toBeNull();
  });
});

describe('windowStarts', () => {
  it('ends every window now', () => {
    const starts = windowStarts(new Date('2026-03-31T00:00:00Z'));
    expect(starts['1h'].toISOString()).toBe('2026-03-30T23:00:00.000Z');
    expect(starts['24h'].toISOString()).toBe('2026-03-30T00:00:00.000Z');
    expect(starts['7d'].toISOString()).toBe('2026-03-24T00:00:00.000Z');
    expect(starts['30d'].toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('toComponentUptime', () => {
  it('reports each window with its counts', () => {
    const counts = { checks: 4, available: 3 };
    const none = { checks: 0, available: 0 };
    expect(toComponentUptime({ component: 'database', counts: { '1h': none, '24h': counts, '7d': counts, '30d': counts } })).toEqual({
      component: 'database',
      windows: {
        '1h': { percent: null, checks: 0, availableChecks: 0 },
        '24h': { percent: 75, checks: 4, availableChecks: 3 },
        '7d': { percent: 75, checks: 4, availableChecks: 3 },
        '30d': { percent: 75, checks: 4, availableChecks: 3 },
      },
    });
  });
});
