import { HISTORY_DEFAULT_LIMIT, parseHistoryQuery, parseUptimeQuery } from './history-query.js';

const now = new Date('2026-03-01T12:00:00.000Z');

describe('parseHistoryQuery', () => {
  it('defaults to the last 24 hours and the default limit', () => {
    const { query } = parseHistoryQuery({}, now);
    expect(query).toEqual({
      component: undefined,
      instance: undefined,
      from: new Date('2026-02-28T12:00:00.000Z'),
      to: now,
      limit: HISTORY_DEFAULT_LIMIT,
    });
  });

  it('reads RFC 3339 and Unix milliseconds', () => {
    const { query } = parseHistoryQuery(
      { component: 'http:payments', from: '2026-03-01T10:00:00Z', to: String(now.getTime()), limit: '10' },
      now,
    );
    expect(query).toMatchObject({ component: 'http:payments', from: new Date('2026-03-01T10:00:00Z'), to: now, limit: 10 });
  });

  it.each([
    [{ component: 'DROP TABLE' }, 'component'],
    [{ from: 'yesterday' }, 'from'],
    [{ to: '2026-13-45T00:00:00Z' }, 'to'],
    [{ from: '2026-03-01T11:00:00Z', to: '2026-03-01T10:00:00Z' }, 'to'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '5001' }, 'limit'],
    [{ limit: '1.5' }, 'limit'],
    [{ instance: '' }, 'instance'],
    [{ colour: 'red' }, 'colour'],
    [{ component: ['a', 'b'] }, 'component'],
  ])('rejects %j naming %s', (params, field) => {
    const { query, problems } = parseHistoryQuery(params as never, now);
    expect(query).toBeUndefined();
    expect(problems.map((p) => p.field)).toContain(field);
  });
});

describe('parseUptimeQuery', () => {
  it('accepts a component and an instance, and nothing else', () => {
    expect(parseUptimeQuery({ component: 'database', instance: 'api-1' }).query).toEqual({ component: 'database', instance: 'api-1' });
    expect(parseUptimeQuery({ window: '1h' } as never).problems).toEqual([{ field: 'window', problem: 'is not a known parameter' }]);
  });
});
