import type { ScalingForecast } from '@vigil/types';
import { alignSeries } from '../charts/align-series';
import { FORECAST_NOW, risingCpuForecast } from './forecast.fixture';
import { forecastChartOf, predictionAt } from './forecast-lines';

const HOUR = 3_600_000;
const lineOf = (chart: ReturnType<typeof forecastChartOf>, label: string) => chart.lines.find((line) => line.label === label)?.points ?? [];

describe('predictionAt', () => {
  it('carries the value now along the slope, back into the window and on to the horizon', () => {
    const linear = risingCpuForecast.mean!.linear!;
    expect(predictionAt(linear, FORECAST_NOW, FORECAST_NOW)).toBe(0.52);
    expect(predictionAt(linear, FORECAST_NOW, FORECAST_NOW - 6 * HOUR)).toBeCloseTo(0.4, 12);
    expect(predictionAt(linear, FORECAST_NOW, FORECAST_NOW + 9 * HOUR)).toBeCloseTo(0.7, 12);
  });
});

describe('forecastChartOf', () => {
  const chart = forecastChartOf(risingCpuForecast);

  it('draws the mean as stored, the methods, the threshold and a mark at each crossing', () => {
    expect(chart.lines.map((line) => line.label)).toEqual(['service mean', 'linear fit', "Holt's forecast", 'threshold', 'linear crossing', "Holt's crossing"]);
    expect(lineOf(chart, 'service mean')).toEqual(risingCpuForecast.mean!.points);
  });

  it('draws the linear fit from the first point and Holt from the last, where its level stands, both to the horizon', () => {
    const linear = lineOf(chart, 'linear fit');
    const holt = lineOf(chart, "Holt's forecast");
    expect(linear[0]?.[0]).toBe(FORECAST_NOW - 6 * HOUR);
    expect(linear[0]?.[1]).toBeCloseTo(0.4, 12);
    expect(holt[0]?.[0]).toBe(FORECAST_NOW - HOUR);
    expect(holt[0]?.[1]).toBeCloseTo(0.5, 12);
    const end = FORECAST_NOW + 24 * HOUR;
    expect([linear.at(-1)?.[0], holt.at(-1)?.[0]]).toEqual([end, end]);
    expect(linear.at(-1)?.[1]).toBeCloseTo(1, 12);
    expect(holt.at(-1)?.[1]).toBeCloseTo(0.95, 12);
  });

  it('marks a crossing with an upright line from 0 to the threshold at its time', () => {
    const at = FORECAST_NOW + 9 * HOUR;
    expect(lineOf(chart, 'linear crossing')).toEqual([
      [at, 0],
      [at + 1, 0.7],
    ]);
  });

  it('spans the window and the horizon, with the threshold across all of it', () => {
    expect(chart.range).toEqual({ from: FORECAST_NOW - 6 * HOUR, to: FORECAST_NOW + 24 * HOUR });
    const threshold = lineOf(chart, 'threshold');
    expect([threshold[0]?.[0], threshold.at(-1)?.[0]]).toEqual([chart.range.from, chart.range.to]);
    expect(new Set(threshold.map(([, value]) => value))).toEqual(new Set([0.7]));
  });

  it('leaves no gap inside a straight line where another line has a point', () => {
    const [, ...columns] = alignSeries(chart.lines.slice(1, 4).map((line) => line.points));
    for (const column of columns) {
      const first = column.findIndex((value) => value !== null);
      const last = column.findLastIndex((value) => value !== null);
      expect(column.slice(first, last + 1).includes(null)).toBe(false);
    }
  });

  it('draws no threshold or marks without a threshold, and no line for a method without a forecast', () => {
    const bare: ScalingForecast = { ...risingCpuForecast, threshold: null, mean: { ...risingCpuForecast.mean!, holt: null } };
    expect(forecastChartOf(bare).lines.map((line) => line.label)).toEqual(['service mean', 'linear fit']);
  });

  it('draws nothing without a mean, over the window and horizon still', () => {
    const empty = forecastChartOf({ ...risingCpuForecast, mean: null, series: [] });
    expect(empty.lines).toEqual([]);
    expect(empty.range).toEqual({ from: FORECAST_NOW - 6 * HOUR, to: FORECAST_NOW + 24 * HOUR });
  });
});
