import { computeDemoPrimes } from './primes.js';

describe('computeDemoPrimes', () => {
  it.each([
    [0, 0, null],
    [2, 0, null],
    [3, 1, 2],
    [10, 4, 7],
    [100, 25, 97],
    [1_000_000, 78_498, 999_983],
  ])('finds the primes below %i: %i of them, the largest %p', (limit, count, largest) => {
    expect(computeDemoPrimes(limit)).toEqual({ limit, count, largest });
  });
});
