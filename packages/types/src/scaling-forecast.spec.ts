import { parseWith } from './problems.js';
import { ScalingForecastQuery } from './scaling-forecast.js';

const fieldsOf = (value: unknown) => {
  const parsed = parseWith(ScalingForecastQuery, value);
  return parsed.ok ? [] : parsed.problems.map((p) => p.field);
};

describe('ScalingForecastQuery', () => {
  it('fills in the defaults: 6h of history, 7d ahead, above, both methods', () => {
    const parsed = parseWith(ScalingForecastQuery, { service: 'vigil', metric: 'cpu' });
    expect(parsed).toEqual({
      ok: true,
      value: { service: 'vigil', metric: 'cpu', window: '6h', horizon: '7d', direction: 'above', smoothing: 0.3, trend: 0.1 },
    });
  });

  it('reads numbers from the query string', () => {
    const parsed = parseWith(ScalingForecastQuery, { service: 'vigil', metric: 'cpu', threshold: '-1.5e2', smoothing: '0.5', trend: '.25' });
    expect(parsed.ok && [parsed.value.threshold, parsed.value.smoothing, parsed.value.trend]).toEqual([-150, 0.5, 0.25]);
  });

  it.each([
    ['a window over 7 days', { window: '8d' }, 'window'],
    ['a horizon over 90 days', { horizon: '91d' }, 'horizon'],
    ['a smoothing factor of 1', { smoothing: '1' }, 'smoothing'],
    ['a trend factor of 0', { trend: '0' }, 'trend'],
    ['a trend factor that is not a number', { trend: 'fast' }, 'trend'],
    ['a threshold that is not finite', { threshold: '1e999' }, 'threshold'],
    ['an unknown direction', { direction: 'sideways' }, 'direction'],
    ['an unknown method', { method: 'arima' }, 'method'],
    ['a step giving more than 1000 points', { window: '7d', step: '1m' }, 'step'],
    ['a step over half the window', { window: '1h', step: '31m' }, 'step'],
    ['an unknown field', { since: '1h' }, 'since'],
  ])('refuses %s, naming the field', (_case, extra, field) => {
    expect(fieldsOf({ service: 'vigil', metric: 'cpu', ...extra })).toEqual([field]);
  });

  it('requires the service and the metric', () => {
    expect(fieldsOf({})).toEqual(['service', 'metric']);
  });
});
