import { parseMatchers, parseMetricQuery } from './query-params.js';
import { MetricQueryParams, parseDuration, parseTime, parseWith } from '@vigil/types';
import { pickResolution } from './resolution-picker.js';

const limits = { now: Date.UTC(2026, 10, 22, 12), maxPoints: 11_000, minStepMs: 15_000 };

describe('parseDuration', () => {
  it.each([
    ['15s', 15_000],
    ['1m', 60_000],
    ['1h30m', 5_400_000],
    ['250', 250],
  ])('reads %s as %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'abc', '1x', '5m garbage'])('rejects %p', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('parseTime', () => {
  it('reads RFC 3339 and Unix milliseconds', () => {
    expect(parseTime('2026-11-22T10:00:00Z')).toBe(Date.UTC(2026, 10, 22, 10));
    expect(parseTime('1795000000000')).toBe(1_795_000_000_000);
    expect(parseTime('yesterday')).toBeUndefined();
  });
});

describe('parseMatchers', () => {
  it('reads key=value pairs', () => {
    expect(parseMatchers('route=/a,method=GET')).toEqual({ route: '/a', method: 'GET' });
    expect(parseMatchers('')).toEqual({});
    expect(parseMatchers('9bad=x')).toBeUndefined();
    expect(parseMatchers('novalue')).toBeUndefined();
  });
});

describe('MetricQueryParams', () => {
  it.each([
    [{ name: 'bad-name' }, 'name'],
    [{}, 'name'],
    [{ name: 'x', fn: 'median' }, 'fn'],
    [{ name: 'x', from: 'yesterday' }, 'from'],
    [{ name: 'x', window: '5m' }, 'window'],
  ])('rejects %p naming %s', (params, field) => {
    const parsed = parseWith(MetricQueryParams, params);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.field)).toEqual([field]);
  });
});

describe('parseMetricQuery', () => {
  it('defaults to the last hour, avg, and a step giving 240 points', () => {
    const { query } = parseMetricQuery({ name: 'vigil_up' }, limits);
    expect(query).toEqual({ name: 'vigil_up', matchers: {}, from: limits.now - 3_600_000, to: limits.now, stepMs: 15_000, fn: 'avg' });
  });

  it.each([
    [{ name: 'x', step: 'soon' }, 'step'],
    [{ name: 'x', from: '2026-11-22T12:00:00Z', to: '2026-11-22T11:00:00Z' }, 'to'],
    [{ name: 'x', from: '0', to: String(limits.now), step: '1s' }, 'step'],
    [{ name: 'x', labels: 'a' }, 'labels'],
  ])('rejects %p naming %s', (params, field) => {
    const { problems } = parseMetricQuery(params as never, limits);
    expect(problems.map((p) => p.field)).toContain(field);
  });
});

describe('pickResolution', () => {
  const retention = { raw: 86_400_000, '1m': 7 * 86_400_000, '5m': 30 * 86_400_000, '1h': 400 * 86_400_000, '1d': 0 };
  const now = limits.now;

  it('serves a 24h range at a 1m step from 1m rollups', () => {
    expect(pickResolution(60_000, now - 86_400_000, now, 15_000, retention).resolution).toBe('1m');
  });

  it('serves a step below a minute from raw samples', () => {
    expect(pickResolution(15_000, now - 3_600_000, now, 15_000, retention).resolution).toBe('raw');
  });

  it('moves to a coarser resolution when a finer one no longer reaches back', () => {
    expect(pickResolution(60_000, now - 20 * 86_400_000, now, 15_000, retention).resolution).toBe('5m');
    expect(pickResolution(86_400_000, now - 3 * 365 * 86_400_000, now, 15_000, retention).resolution).toBe('1d');
  });
});
