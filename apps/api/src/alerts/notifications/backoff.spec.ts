import { retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  it('doubles from the base, with equal jitter between half and all of it', () => {
    expect(retryDelayMs(1, 1_000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1_000, 60_000, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, 1_000, 60_000, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, 1_000, 60_000, () => 1)).toBe(4_000);
  });

  it('never exceeds the maximum', () => {
    expect(retryDelayMs(30, 1_000, 60_000, () => 1)).toBe(60_000);
  });
});
