import type { Clock } from '../common/clock.js';
import { CacheValueNotIntegerError, type CacheStats, type CacheStore } from './cache-store.js';

interface Entry {
  value: string;
  /** Epoch ms; Infinity for no expiry. */
  expiresAt: number;
}

/**
 * In-process LRU with per-entry TTL, used when no REDIS_URL is configured. A Map keeps
 * insertion order, so re-inserting on read makes the first key the least recently used.
 * Expired entries are dropped lazily on access; the size cap bounds the rest.
 */
export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, Entry>();
  private readonly counters: CacheStats = { hits: 0, misses: 0, errors: 0 };

  constructor(
    private readonly maxEntries: number,
    private readonly clock: Clock,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.live(key);
    if (!entry) {
      this.counters.misses++;
      return undefined;
    }
    this.counters.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.store(key, value, ttlMs === undefined ? Infinity : this.clock.now().getTime() + ttlMs);
  }

  async delete(key: string): Promise<boolean> {
    const existed = this.live(key) !== undefined;
    this.entries.delete(key);
    return existed;
  }

  async incr(key: string, by = 1, ttlMs?: number): Promise<number> {
    const entry = this.live(key);
    if (entry && !/^-?\d+$/.test(entry.value)) throw new CacheValueNotIntegerError(key);
    const next = (entry ? Number(entry.value) : 0) + by;
    const expiresAt =
      entry?.expiresAt ??
      (ttlMs === undefined ? Infinity : this.clock.now().getTime() + ttlMs);
    this.store(key, String(next), expiresAt);
    return next;
  }

  async ttl(key: string): Promise<number | undefined> {
    const entry = this.live(key);
    if (!entry) return undefined;
    return entry.expiresAt === Infinity ? Infinity : entry.expiresAt - this.clock.now().getTime();
  }

  async ping(): Promise<void> {}

  stats(): CacheStats {
    return { ...this.counters };
  }

  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private store(key: string, value: string, expiresAt: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.evictOne();
    this.entries.set(key, { value, expiresAt });
  }

  /** Drops the least recently used entry (the Map's first key). */
  private evictOne(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
