import { retryDelayMs } from './retry-delay.js';

describe('retryDelayMs', () => {
  it('doubles the ceiling per failure and stays between half of it and all of it', () => {
    expect(retryDelayMs(1, 1_000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1_000, 60_000, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, 1_000, 60_000, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, 1_000, 60_000, () => 1)).toBe(4_000);
  });

  it('never goes past the maximum, however many failures', () => {
    expect(retryDelayMs(50, 1_000, 60_000, () => 1)).toBe(60_000);
    expect(retryDelayMs(5_000, 1_000, 60_000, () => 0.5)).toBe(45_000);
  });
});
