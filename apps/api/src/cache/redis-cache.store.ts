import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { CacheValueNotIntegerError, type CacheStats, type CacheStore } from './cache-store.js';

export interface RedisCacheOptions {
  url: string;
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  /** Prepended to every key so several deployments can share one Redis. */
  keyPrefix: string;
}

// INCRBY, then set the TTL only if this call created the key: one round trip, atomic.
const INCR_WITH_TTL = `
local existed = redis.call('EXISTS', KEYS[1])
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if existed == 0 and tonumber(ARGV[2]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return value`;

/**
 * CacheStore on Redis. Commands fail fast while disconnected (no offline queue, one
 * retry, a command timeout) so a Redis outage turns into errors that callers handle;
 * the client keeps reconnecting in the background with capped backoff.
 */
export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis' as const;
  private readonly logger = new Logger('RedisCache');
  private readonly client: Redis;
  private readonly counters: CacheStats = { hits: 0, misses: 0, errors: 0 };
  private lastErrorLoggedAt = 0;

  constructor(options: RedisCacheOptions) {
    this.client = new Redis(options.url, {
      keyPrefix: options.keyPrefix,
      connectTimeout: options.connectTimeoutMs,
      commandTimeout: options.commandTimeoutMs,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 5_000),
    });
    // Without a listener ioredis prints every failed reconnect; log at most every 30 s.
    this.client.on('error', (error: Error) => {
      const now = Date.now();
      if (now - this.lastErrorLoggedAt > 30_000) {
        this.lastErrorLoggedAt = now;
        this.logger.warn(`Redis unavailable: ${error.message}`);
      }
    });
  }

  /** Connects once at boot; a failure is logged and left to the reconnect loop. */
  async connect(): Promise<void> {
    try {
      await this.client.connect();
    } catch (error) {
      this.logger.warn(`Redis not reachable at start: ${(error as Error).message}`);
    }
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.counted(() => this.client.get(key));
    if (value === null) {
      this.counters.misses++;
      return undefined;
    }
    this.counters.hits++;
    return value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.counted(() =>
      ttlMs === undefined ? this.client.set(key, value) : this.client.set(key, value, 'PX', ttlMs),
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.counted(() => this.client.del(key))) > 0;
  }

  async incr(key: string, by = 1, ttlMs?: number): Promise<number> {
    try {
      const result = await this.counted(() =>
        this.client.eval(INCR_WITH_TTL, 1, key, by, ttlMs ?? 0),
      );
      return Number(result);
    } catch (error) {
      if ((error as Error).message.includes('not an integer')) {
        throw new CacheValueNotIntegerError(key);
      }
      throw error;
    }
  }

  async ttl(key: string): Promise<number | undefined> {
    const ms = await this.counted(() => this.client.pttl(key));
    if (ms === -2) return undefined;
    return ms === -1 ? Infinity : ms;
  }

  async ping(): Promise<void> {
    await this.counted(() => this.client.ping());
  }

  stats(): CacheStats {
    return { ...this.counters };
  }

  /** QUIT when connected (pending replies arrive first); otherwise just drop the socket. */
  async close(): Promise<void> {
    if (this.client.status === 'ready') {
      await this.client.quit().catch(() => this.client.disconnect());
    } else {
      this.client.disconnect();
    }
  }

  private async counted<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.counters.errors++;
      throw error;
    }
  }
}
