import { CacheValueNotIntegerError, type CacheStore } from './cache-store.js';

export interface CacheContractHarness {
  /** A fresh, empty store (keys may be namespaced per call). */
  create(): Promise<CacheStore>;
  /** Lets `ms` pass for TTL purposes: a fake clock, or real time for Redis. */
  elapse(ms: number): Promise<void>;
}

/**
 * The behaviour every CacheStore must have. Each implementation's spec calls this, so
 * the in-process LRU and Redis cannot drift apart.
 */
export function describeCacheStoreContract(name: string, harness: CacheContractHarness): void {
  describe(`${name} (CacheStore contract)`, () => {
    let store: CacheStore;

    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(() => store.close());

    describe('get/set', () => {
      it('returns what was set, and undefined for a missing key', async () => {
        await store.set('a', 'one');
        expect(await store.get('a')).toBe('one');
        expect(await store.get('missing')).toBeUndefined();
      });

      it('overwrites an existing value', async () => {
        await store.set('a', 'one');
        await store.set('a', 'two');
        expect(await store.get('a')).toBe('two');
      });

      it('counts hits and misses of get', async () => {
        await store.set('a', 'one');
        await store.get('a');
        await store.get('a');
        await store.get('missing');
        expect(store.stats()).toMatchObject({ hits: 2, misses: 1, errors: 0 });
      });
    });

    describe('ttl', () => {
      it('expires an entry once its TTL has passed', async () => {
        await store.set('short', 'v', 50);
        expect(await store.get('short')).toBe('v');
        await harness.elapse(80);
        expect(await store.get('short')).toBeUndefined();
      });

      it('reports remaining time, Infinity without a TTL, undefined when missing', async () => {
        await store.set('with', 'v', 60_000);
        await store.set('without', 'v');
        const remaining = await store.ttl('with');
        expect(remaining).toBeGreaterThan(50_000);
        expect(remaining).toBeLessThanOrEqual(60_000);
        expect(await store.ttl('without')).toBe(Infinity);
        expect(await store.ttl('missing')).toBeUndefined();
      });
    });

    describe('delete', () => {
      it('removes a key and says whether it existed', async () => {
        await store.set('a', 'one');
        expect(await store.delete('a')).toBe(true);
        expect(await store.get('a')).toBeUndefined();
        expect(await store.delete('a')).toBe(false);
      });
    });

    describe('incr', () => {
      it('starts a missing key at 0 and adds to it', async () => {
        expect(await store.incr('n')).toBe(1);
        expect(await store.incr('n', 5)).toBe(6);
        expect(await store.incr('n', -2)).toBe(4);
        expect(await store.get('n')).toBe('4');
      });

      it('sets the TTL only when it creates the key', async () => {
        await store.incr('counted', 1, 60_000);
        expect(await store.ttl('counted')).toBeGreaterThan(50_000);
        await store.incr('plain');
        await store.incr('plain', 1, 60_000);
        expect(await store.ttl('plain')).toBe(Infinity);
      });

      it('refuses to increment a value that is not an integer', async () => {
        await store.set('word', 'hello');
        await expect(store.incr('word')).rejects.toBeInstanceOf(CacheValueNotIntegerError);
        expect(await store.get('word')).toBe('hello');
      });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
