import type { RollupRow } from '../../metrics/history/rollup-calculator.js';
import type { WindowSeries } from '../../metrics/history/metric-window.reader.js';
import { combineSeries } from './series-combiner.js';

const row = (over: Partial<RollupRow>): RollupRow => ({
  bucketStart: 0, min: 0, max: 0, sum: 0, count: 1, last: 0, increase: null, buckets: null, p50: null, p95: null, p99: null, ...over,
});
const counter = (labels: Record<string, string>, increase: number): WindowSeries => ({
  labels, type: 'counter', bounds: null, rows: [row({ increase, last: increase })],
});

describe('combineSeries', () => {
  it('keeps each series apart without `by`', () => {
    const series = [counter({ route: '/a' }, 4), counter({ route: '/b' }, 6)];
    const combined = combineSeries(series, { metric: 'm', aggregation: 'increase', window: '1m' }, 60_000);
    expect(combined).toEqual([{ labels: { route: '/a' }, values: [[0, 4]] }, { labels: { route: '/b' }, values: [[0, 6]] }]);
  });

  it('adds increases across series sharing the `by` labels', () => {
    const series = [counter({ instance: 'a', route: '/x' }, 4), counter({ instance: 'a', route: '/y' }, 6), counter({ instance: 'b', route: '/x' }, 1)];
    const combined = combineSeries(series, { metric: 'm', aggregation: 'increase', window: '1m', by: ['instance'] }, 60_000);
    expect(combined).toEqual([{ labels: { instance: 'a' }, values: [[0, 10]] }, { labels: { instance: 'b' }, values: [[0, 1]] }]);
  });

  it('divides the part matching `ratioOf` by the whole: an error ratio', () => {
    const series = [
      counter({ instance: 'a', status_class: '2xx' }, 90),
      counter({ instance: 'a', status_class: '5xx' }, 10),
      counter({ instance: 'b', status_class: '2xx' }, 50),
    ];
    const query = { metric: 'm', aggregation: 'increase' as const, window: '5m', by: ['instance'], ratioOf: { status_class: '5xx' } };
    expect(combineSeries(series, query, 300_000)).toEqual([
      { labels: { instance: 'a' }, values: [[0, 0.1]] },
      { labels: { instance: 'b' }, values: [[0, 0]] },
    ]);
  });

  it('merges histogram buckets before taking a percentile', () => {
    const histogram = (labels: Record<string, string>, buckets: number[], total: number): WindowSeries => ({
      labels, type: 'histogram', bounds: [0.1, 1, 10], rows: [row({ increase: total, buckets })],
    });
    // 90 fast requests on one route, 10 slow on another: p95 of all lies in the slow bucket.
    const series = [histogram({ route: '/fast' }, [90, 90, 90], 90), histogram({ route: '/slow' }, [0, 0, 10], 10)];
    const [all] = combineSeries(series, { metric: 'm', aggregation: 'p95', window: '5m', by: [] }, 300_000);
    expect(all?.values[0]?.[1]).toBeCloseTo(1 + 9 * 0.5, 5);
  });
});
