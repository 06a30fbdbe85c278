import { HISTORY_DEFAULT_LIMIT, HealthHistoryParams, HealthUptimeParams, parseWith } from '@vigil/types';
import { historyQueryOf } from './history-query.js';

const now = new Date('2026-03-01T12:00:00.000Z');

function parsedHistory(params: Record<string, unknown>) {
  const parsed = parseWith(HealthHistoryParams, params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return historyQueryOf(parsed.value, now);
}

describe('historyQueryOf', () => {
  it('defaults to the last 24 hours and the default limit', () => {
    expect(parsedHistory({}).query).toEqual({
      component: undefined,
      instance: undefined,
      from: new Date('2026-02-28T12:00:00.000Z'),
      to: now,
      limit: HISTORY_DEFAULT_LIMIT,
    });
  });

  it('reads RFC 3339 and Unix milliseconds', () => {
    const { query } = parsedHistory({ component: 'http:payments', from: '2026-03-01T10:00:00Z', to: String(now.getTime()), limit: '10' });
    expect(query).toMatchObject({ component: 'http:payments', from: new Date('2026-03-01T10:00:00Z'), to: now, limit: 10 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(parsedHistory({ from: '2026-03-01T11:00:00Z', to: '2026-03-01T10:00:00Z' })).toEqual({
      problems: [{ field: 'to', problem: 'must be after from' }],
    });
  });
});

describe('HealthHistoryParams', () => {
  it.each([
    [{ component: 'DROP TABLE' }, 'component', 'must be a component name such as database or http:payments'],
    [{ from: 'yesterday' }, 'from', 'must be RFC 3339 or Unix milliseconds'],
    [{ to: '2026-13-45T00:00:00Z' }, 'to', 'must be RFC 3339 or Unix milliseconds'],
    [{ limit: '0' }, 'limit', 'must be a whole number from 1 to 5000'],
    [{ limit: '5001' }, 'limit', 'must be a whole number from 1 to 5000'],
    [{ limit: '1.5' }, 'limit', 'must be a whole number from 1 to 5000'],
    [{ instance: '' }, 'instance', 'must be 1 to 128 characters'],
    [{ colour: 'red' }, 'colour', 'is not a known field'],
    [{ component: ['a', 'b'] }, 'component', 'must be given once'],
  ])('rejects %j naming %s', (params, field, problem) => {
    expect(parseWith(HealthHistoryParams, params)).toEqual({ ok: false, problems: [{ field, problem }] });
  });
});

describe('HealthUptimeParams', () => {
  it('accepts a component and an instance, and nothing else', () => {
    expect(parseWith(HealthUptimeParams, { component: 'database', instance: 'api-1' })).toEqual({
      ok: true,
      value: { component: 'database', instance: 'api-1' },
    });
    expect(parseWith(HealthUptimeParams, { window: '1h' })).toEqual({ ok: false, problems: [{ field: 'window', problem: 'is not a known field' }] });
  });
});
