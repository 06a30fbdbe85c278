import { DEFAULT_SCALING_METRICS, parseDuration, ScalingForecastQuery, type ServiceScalingMetric } from '@vigil/types';
import {
  DEFAULT_FORECAST_HORIZON,
  DEFAULT_FORECAST_WINDOW,
  defaultForecastSettings,
  defaultThreshold,
  describeDefaultThreshold,
  FORECAST_HORIZONS,
  FORECAST_WINDOWS,
  forecastQueryOf,
  readThreshold,
} from './forecast-options';

function seed(name: string): ServiceScalingMetric {
  const metric = DEFAULT_SCALING_METRICS.find((item) => item.name === name);
  if (!metric) throw new Error(`no seed metric ${name}`);
  return metric;
}

describe('defaultForecastSettings', () => {
  it("starts at the API's own defaults: 6h of history, 7 days ahead, above the scale-up bound", () => {
    const parsed = ScalingForecastQuery.parse({ service: 'vigil', metric: 'cpu' });
    expect([DEFAULT_FORECAST_WINDOW, DEFAULT_FORECAST_HORIZON]).toEqual([parsed.window, parsed.horizon]);
    expect(defaultForecastSettings('cpu')).toEqual({ metric: 'cpu', window: parsed.window, horizon: parsed.horizon, direction: parsed.direction, threshold: null });
  });
});

describe('forecastQueryOf', () => {
  it('leaves a default threshold to the API, and sends a chosen one in the base unit', () => {
    const settings = defaultForecastSettings('cpu');
    expect(forecastQueryOf('vigil', settings)).toEqual({ service: 'vigil', metric: 'cpu', window: '6h', horizon: '7d', direction: 'above' });
    expect(forecastQueryOf('vigil', { ...settings, direction: 'below', threshold: 0.25 })).toMatchObject({ direction: 'below', threshold: 0.25 });
  });

  it('asks only what the contract accepts, for every window and horizon offered', () => {
    for (const window of FORECAST_WINDOWS) {
      for (const horizon of FORECAST_HORIZONS) {
        const query = forecastQueryOf('vigil', { ...defaultForecastSettings('cpu'), window, horizon, threshold: 0.9 });
        expect(ScalingForecastQuery.safeParse(query).success).toBe(true);
      }
    }
    expect(FORECAST_WINDOWS.map((window) => parseDuration(window))).toEqual([3_600_000, 21_600_000, 86_400_000, 604_800_000]);
  });
});

describe('defaultThreshold', () => {
  it("is the metric's scale-up bound above and its scale-down bound below", () => {
    expect(defaultThreshold(seed('cpu'), 'above')).toBeCloseTo(0.7, 12);
    expect(defaultThreshold(seed('cpu'), 'below')).toBeCloseTo(0.3, 12);
    expect(describeDefaultThreshold(seed('cpu'), 'above')).toBe('Empty: the scale-up bound, 70%.');
    expect(describeDefaultThreshold(seed('response_time_p95'), 'below')).toBe('Empty: the scale-down bound, 500 ms.');
  });
});

describe('readThreshold', () => {
  it('reads the number in the unit the metric shows in', () => {
    expect(readThreshold('70', seed('cpu'))).toEqual({ isValid: true, threshold: 0.7 });
    expect(readThreshold(' 1500 ', seed('response_time_p95'))).toEqual({ isValid: true, threshold: 1.5 });
    expect(readThreshold('80', seed('requests_in_flight'))).toEqual({ isValid: true, threshold: 80 });
  });

  it("takes empty text for the API's default and refuses what is not a number", () => {
    expect(readThreshold('  ', seed('cpu'))).toEqual({ isValid: true, threshold: null });
    expect(readThreshold('70%', seed('cpu'))).toEqual({ isValid: false, problem: 'must be a number, or empty for the default' });
  });
});
