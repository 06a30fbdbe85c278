import type { ScalingForecast } from '@vigil/types';
import { risingCpuForecast } from './forecast.fixture';
import {
  crossingContextOf,
  describeCrossing,
  describeCrossingBriefly,
  forecastUnitOf,
  formatLeadTime,
  formatSlopePerHour,
  methodSummaries,
  seriesName,
  type CrossingContext,
} from './forecast-text';

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
/** The time as the API wrote it, so the words do not depend on the test machine's locale or zone. */
const iso = (ms: number) => new Date(ms).toISOString();

const cpu: CrossingContext = { metric: 'cpu', threshold: 0.7, direction: 'above', horizonSeconds: 7 * DAY, unit: 'ratio' };

describe('formatLeadTime', () => {
  it('says days and hours, hours and minutes, or minutes', () => {
    expect(formatLeadTime(3 * DAY + 4 * HOUR + 20 * MINUTE)).toBe('3 days 4 h');
    expect(formatLeadTime(DAY + 30 * MINUTE)).toBe('1 day');
    expect(formatLeadTime(7 * DAY)).toBe('7 days');
    expect(formatLeadTime(5 * HOUR + 20 * MINUTE)).toBe('5 h 20 min');
    expect(formatLeadTime(2 * HOUR)).toBe('2 h');
    expect(formatLeadTime(12 * MINUTE + 30)).toBe('12 min');
  });

  it('rounds down to the minute, so a warning never says later than the forecast', () => {
    expect(formatLeadTime(HOUR - 1)).toBe('59 min');
    expect(formatLeadTime(30)).toBe('under a minute');
  });

  it('shows a dash for a time that is not a number', () => {
    expect(formatLeadTime(Number.NaN)).toBe('—');
  });
});

describe('describeCrossing', () => {
  it('names the metric, the threshold in its unit, the lead time and the time', () => {
    const crossing = { at: '2026-06-12T16:20:00.000Z', inSeconds: 3 * DAY + 4 * HOUR + 20 * MINUTE };
    expect(describeCrossing(crossing, cpu, iso)).toBe('cpu above 70% in 3 days 4 h (2026-06-12T16:20:00.000Z)');
  });

  it('says below for a falling metric, in milliseconds for a latency', () => {
    const latency: CrossingContext = { metric: 'response_time_p95', threshold: 0.5, direction: 'below', horizonSeconds: DAY, unit: 'seconds' };
    expect(describeCrossing({ at: '2026-06-09T14:00:00.000Z', inSeconds: 2 * HOUR }, latency, iso)).toBe(
      'response_time_p95 below 500 ms in 2 h (2026-06-09T14:00:00.000Z)',
    );
  });

  it('says so when the prediction is past the threshold already', () => {
    expect(describeCrossing({ at: '2026-06-09T12:00:00.000Z', inSeconds: 0 }, cpu, iso)).toBe('cpu already above 70%');
  });

  it('says no crossing within the horizon, and nothing to cross without a threshold', () => {
    expect(describeCrossing(null, cpu, iso)).toBe('no crossing within 7 days');
    expect(describeCrossing(null, { ...cpu, threshold: null }, iso)).toBe('no threshold to cross');
  });
});

describe('describeCrossingBriefly', () => {
  it('leaves the threshold to the column and the time to the cell', () => {
    expect(describeCrossingBriefly({ at: '2026-06-09T16:00:00.000Z', inSeconds: 4 * HOUR }, cpu)).toBe('in 4 h');
    expect(describeCrossingBriefly({ at: '2026-06-09T12:00:00.000Z', inSeconds: 0 }, cpu)).toBe('already');
    expect(describeCrossingBriefly(null, cpu)).toBe('none within 7 days');
    expect(describeCrossingBriefly(null, { ...cpu, threshold: null })).toBe('—');
  });
});

describe('formatSlopePerHour', () => {
  it('signs the change per hour in the unit of the metric, with a true minus sign', () => {
    expect(formatSlopePerHour(0.02 / HOUR, 'ratio')).toBe('+2%/h');
    expect(formatSlopePerHour(-0.03 / HOUR, 'seconds')).toBe('−30 ms/h');
    expect(formatSlopePerHour(5 / HOUR, 'plain')).toBe('+5/h');
  });

  it('says flat for no change and a dash for a slope that is not a number', () => {
    expect(formatSlopePerHour(0, 'ratio')).toBe('flat');
    expect(formatSlopePerHour(Number.NaN, 'ratio')).toBe('—');
  });
});

describe('forecastUnitOf', () => {
  it('reads the unit from the source the answer says it read', () => {
    expect(forecastUnitOf(risingCpuForecast)).toBe('ratio');
    const latency = { source: { metric: 'vigil_http_request_duration_seconds', aggregation: 'p95', matchers: {}, ratioOf: null } } as const;
    expect(forecastUnitOf(latency)).toBe('seconds');
    const errors = { source: { metric: 'vigil_http_requests_total', aggregation: 'increase', matchers: {}, ratioOf: { status_class: '5xx' } } } as const;
    expect(forecastUnitOf(errors)).toBe('ratio');
  });
});

describe('seriesName', () => {
  it('names an instance by itself and a stored series by its labels', () => {
    expect(seriesName({ instance: 'vigil-a' })).toBe('vigil-a');
    expect(seriesName({ instance: 'vigil-a', mount: '/' })).toBe('instance="vigil-a", mount="/"');
    expect(seriesName({})).toBe('all series');
  });
});

describe('methodSummaries', () => {
  it("words each method's crossing of the mean, with its value now, its slope and its value at the horizon", () => {
    expect(methodSummaries(risingCpuForecast, iso)).toEqual([
      { method: 'linear', label: 'Linear fit', sentence: 'cpu above 70% in 9 h (2026-06-09T21:00:00.000Z)', detail: '52% now, +2%/h, 100% in 1 day' },
      {
        method: 'holt',
        label: "Holt's smoothing",
        sentence: 'cpu above 70% in 10 h 6 min (2026-06-09T22:06:40.000Z)',
        detail: '51.8% now, +1.8%/h, 95% in 1 day',
      },
    ]);
  });

  it('says why a method has no forecast', () => {
    const mean = risingCpuForecast.mean!;
    const onePoint: ScalingForecast = { ...risingCpuForecast, mean: { ...mean, linear: null, holt: null, points: mean.points.slice(-1) } };
    expect(methodSummaries(onePoint, iso).map((summary) => [summary.sentence, summary.detail])).toEqual([
      ['no forecast: one point in the window, two needed', null],
      ['no forecast: one point in the window, two needed', null],
    ]);
    const notFinite: ScalingForecast = { ...risingCpuForecast, methods: ['linear'], mean: { ...mean, linear: null } };
    expect(methodSummaries(notFinite, iso).map((summary) => summary.sentence)).toEqual(['no forecast: the values fitted are not all finite']);
  });

  it('takes the threshold and horizon of the answer', () => {
    expect(crossingContextOf(risingCpuForecast)).toEqual({ metric: 'cpu', threshold: 0.7, direction: 'above', horizonSeconds: 86_400, unit: 'ratio' });
  });
});
