import type { MetricSeries } from '@vigil/types';
import { combineSeries, divideMatching, divideSeries, latestValue, shareOf, sumBy } from './series-math';

const series = (labels: Record<string, string>, points: [number, number][]): MetricSeries => ({ labels, points });

describe('combineSeries', () => {
  const a = series({ instance: 'a' }, [[1, 2], [2, 4]]);
  const b = series({ instance: 'b' }, [[1, 6], [3, 1]]);

  it('sums, averages or takes the maximum per timestamp, in time order', () => {
    expect(combineSeries([a, b], 'sum')).toEqual([[1, 8], [2, 4], [3, 1]]);
    expect(combineSeries([a, b], 'mean')).toEqual([[1, 4], [2, 4], [3, 1]]);
    expect(combineSeries([a, b], 'max')).toEqual([[1, 6], [2, 4], [3, 1]]);
  });

  it('skips values that are not finite', () => {
    expect(combineSeries([series({}, [[1, Number.NaN], [2, 1]])], 'sum')).toEqual([[2, 1]]);
  });
});

describe('divideSeries', () => {
  it('divides where both have a point and leaves out zero denominators', () => {
    expect(divideSeries([[1, 1], [2, 3], [3, 5]], [[1, 4], [2, 0]])).toEqual([[1, 0.25]]);
  });
});

describe('shareOf', () => {
  it('counts a missing part as zero, so no errors reads as 0 %', () => {
    expect(shareOf([[2, 1]], [[1, 10], [2, 4]])).toEqual([[1, 0], [2, 0.25]]);
  });
});

describe('sumBy', () => {
  it('sums the series that share the given labels', () => {
    const result = sumBy(
      [
        series({ route: '/a', status_class: '2xx' }, [[1, 2]]),
        series({ route: '/a', status_class: '5xx' }, [[1, 1]]),
        series({ route: '/b', status_class: '2xx' }, [[1, 7]]),
      ],
      ['route'],
    );
    expect(result).toEqual([series({ route: '/a' }, [[1, 3]]), series({ route: '/b' }, [[1, 7]])]);
  });
});

describe('divideMatching', () => {
  it('pairs series by the given labels', () => {
    const used = [series({ mount: '/', instance: 'a' }, [[1, 50]]), series({ mount: '/data', instance: 'a' }, [[1, 10]])];
    const size = [series({ mount: '/data', instance: 'a' }, [[1, 100]]), series({ mount: '/', instance: 'a' }, [[1, 200]])];
    expect(divideMatching(used, size, ['mount', 'instance']).map((item) => item.points)).toEqual([[[1, 0.25]], [[1, 0.1]]]);
  });
});

describe('latestValue', () => {
  it('returns the last value, or null without points', () => {
    expect(latestValue([[1, 3], [2, 5]])).toBe(5);
    expect(latestValue([])).toBeNull();
    expect(latestValue(undefined)).toBeNull();
  });
});
