import { ManualClock } from '../common/clock.js';
import { describeCacheStoreContract } from './cache-store.contract.js';
import type { CacheStore } from './cache-store.js';
import { MemoryCacheStore } from './memory-cache.store.js';
import { TimedCacheStore, type CacheCommandEvent } from './timed-cache.store.js';

let clock = new ManualClock();

describeCacheStoreContract('TimedCacheStore over MemoryCacheStore', {
  create: async () => {
    clock = new ManualClock();
    const store = new TimedCacheStore(new MemoryCacheStore(100, clock));
    store.onCommand(() => undefined);
    return store;
  },
  elapse: async (ms) => clock.advance(ms),
});

/** A store whose every command takes 5 ms of a fake clock, and whose `get` can fail. */
function slowStore(ticks: { now: number }, failing: boolean): CacheStore {
  const inner = new MemoryCacheStore(10, new ManualClock());
  const get = inner.get.bind(inner);
  inner.get = async (key) => {
    ticks.now += 5;
    if (failing) throw new Error('connection refused');
    return get(key);
  };
  return inner;
}

describe('TimedCacheStore', () => {
  describe('onCommand', () => {
    it('reports each command with its duration', async () => {
      const ticks = { now: 100 };
      const store = new TimedCacheStore(slowStore(ticks, false), () => ticks.now);
      const events: CacheCommandEvent[] = [];
      store.onCommand((event) => events.push(event));
      await store.get('a');
      await store.set('a', '1');
      expect(events).toEqual([
        { command: 'get', durationMs: 5, isError: false },
        { command: 'set', durationMs: 0, isError: false },
      ]);
    });

    it('reports a failed command as an error and still rejects', async () => {
      const ticks = { now: 0 };
      const store = new TimedCacheStore(slowStore(ticks, true), () => ticks.now);
      const events: CacheCommandEvent[] = [];
      store.onCommand((event) => events.push(event));
      await expect(store.get('a')).rejects.toThrow('connection refused');
      expect(events).toEqual([{ command: 'get', durationMs: 5, isError: true }]);
    });

    it('stops reporting once the listener is removed', async () => {
      const store = new TimedCacheStore(new MemoryCacheStore(10, new ManualClock()));
      const events: CacheCommandEvent[] = [];
      const off = store.onCommand((event) => events.push(event));
      await store.ping();
      off();
      await store.ping();
      expect(events).toHaveLength(1);
    });
  });

  describe('stats and kind', () => {
    it('passes through to the wrapped store', async () => {
      const inner = new MemoryCacheStore(10, new ManualClock());
      const store = new TimedCacheStore(inner);
      await store.get('missing');
      expect(store.kind).toBe('memory');
      expect(store.stats()).toEqual({ hits: 0, misses: 1, errors: 0 });
    });
  });
});
