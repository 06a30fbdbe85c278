import { alignSeries } from './align-series';

describe('alignSeries', () => {
  it('merges timestamps into one axis in seconds and fills gaps with null', () => {
    expect(
      alignSeries([
        [[1_000, 1], [3_000, 3]],
        [[2_000, 20], [3_000, 30]],
      ]),
    ).toEqual([[1, 2, 3], [1, null, 3], [null, 20, 30]]);
  });

  it('draws a non-finite value as a gap, not as zero', () => {
    expect(alignSeries([[[1_000, Number.NaN]]])).toEqual([[1], [null]]);
  });
});
