import { ManualClock } from '../common/clock.js';
import { describeCacheStoreContract } from './cache-store.contract.js';
import { MemoryCacheStore } from './memory-cache.store.js';

let clock = new ManualClock();

describeCacheStoreContract('MemoryCacheStore', {
  create: async () => {
    clock = new ManualClock();
    return new MemoryCacheStore(100, clock);
  },
  elapse: async (ms) => clock.advance(ms),
});

describe('MemoryCacheStore', () => {
  describe('size cap', () => {
    it('evicts the least recently used entry when full', async () => {
      const store = new MemoryCacheStore(3, new ManualClock());
      await store.set('a', '1');
      await store.set('b', '2');
      await store.set('c', '3');
      await store.get('a'); // a is now the most recently used
      await store.set('d', '4');
      expect(await store.get('b')).toBeUndefined();
      expect(await store.get('a')).toBe('1');
      expect(await store.get('c')).toBe('3');
      expect(await store.get('d')).toBe('4');
      expect(store.size).toBe(3);
    });

    it('never holds more than its cap however many keys are written', async () => {
      const store = new MemoryCacheStore(50, new ManualClock());
      for (let i = 0; i < 1_000; i++) await store.set(`k${i}`, 'v');
      expect(store.size).toBe(50);
      expect(await store.get('k999')).toBe('v');
      expect(await store.get('k0')).toBeUndefined();
    });
  });
});
