import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeCacheStoreContract } from './cache-store.contract.js';
import { RedisCacheStore } from './redis-cache.store.js';

const redisUrl = process.env.REDIS_URL;

async function connected(url: string, keyPrefix: string): Promise<RedisCacheStore> {
  const store = new RedisCacheStore({ url, connectTimeoutMs: 1_000, commandTimeoutMs: 1_000, keyPrefix });
  await store.connect();
  return store;
}

// The contract needs a Redis server: CI's second pass sets REDIS_URL to a real one.
(redisUrl ? describe : describe.skip)('RedisCacheStore against a real Redis (REDIS_URL)', () => {
  describeCacheStoreContract('RedisCacheStore', {
    // A random prefix per test keeps runs and tests from seeing each other's keys.
    create: () => connected(redisUrl ?? '', `vigil-test:${randomBytes(4).toString('hex')}:`),
    elapse: (ms) => sleep(ms),
  });
});

describe('RedisCacheStore when Redis is down', () => {
  // Port 1 on loopback: nothing listens there, so every connection is refused.
  const deadUrl = 'redis://127.0.0.1:1';

  it('rejects commands quickly instead of hanging or crashing, and counts the errors', async () => {
    const store = await connected(deadUrl, 'vigil-test:');
    const started = Date.now();
    await expect(store.get('a')).rejects.toThrow();
    await expect(store.set('a', 'b')).rejects.toThrow();
    await expect(store.ping()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(store.stats().errors).toBe(3);
    await store.close();
  });
});
