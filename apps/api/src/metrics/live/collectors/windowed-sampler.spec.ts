import { WindowedSampler } from './windowed-sampler.js';

describe('WindowedSampler', () => {
  describe('current', () => {
    it('computes against the previous reading once the window has passed', () => {
      const readings = [10, 30, 70];
      let now = 0;
      const sampler = new WindowedSampler(
        () => readings.shift() ?? 0,
        (previous: number | undefined, current) => current - (previous ?? 0),
        () => now,
        1_000,
      );
      expect(sampler.current()).toBe(10);
      now = 1_000;
      expect(sampler.current()).toBe(20);
      now = 2_500;
      expect(sampler.current()).toBe(40);
    });

    it('returns the last result without reading inside the window', () => {
      let reads = 0;
      let now = 0;
      const sampler = new WindowedSampler(
        () => ++reads,
        (_previous: number | undefined, current) => current,
        () => now,
        1_000,
      );
      expect(sampler.current()).toBe(1);
      now = 999;
      expect(sampler.current()).toBe(1);
      expect(reads).toBe(1);
    });
  });
});
