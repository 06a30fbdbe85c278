import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';
import { CACHE_STORE, type CacheStore } from './cache-store.js';
import { MemoryCacheStore } from './memory-cache.store.js';
import { RedisCacheStore } from './redis-cache.store.js';
import { TimedCacheStore } from './timed-cache.store.js';

export async function createCacheStore(config: AppConfig, clock: Clock): Promise<TimedCacheStore> {
  if (!config.cache.redisUrl) {
    return new TimedCacheStore(new MemoryCacheStore(config.cache.maxEntries, clock));
  }
  const store = new RedisCacheStore({
    url: config.cache.redisUrl,
    connectTimeoutMs: config.cache.connectTimeoutMs,
    commandTimeoutMs: config.cache.commandTimeoutMs,
    keyPrefix: 'vigil:',
  });
  await store.connect();
  return new TimedCacheStore(store);
}

/** REDIS_URL set: Redis; otherwise an in-process LRU. Callers see one interface. */
@Global()
@Module({
  providers: [
    { provide: CACHE_STORE, inject: [APP_CONFIG, Clock], useFactory: createCacheStore },
    // The same instance, for whoever observes command latency.
    { provide: TimedCacheStore, useExisting: CACHE_STORE },
  ],
  exports: [CACHE_STORE, TimedCacheStore],
})
export class CacheModule implements OnApplicationShutdown {
  constructor(@Inject(CACHE_STORE) private readonly store: CacheStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
