/**
 * A small key/value cache with TTLs. Callers must handle rejected promises: with Redis
 * behind it, an outage surfaces as errors, never as a crash or a hang.
 */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | undefined>;
  /** `ttlMs` omitted: the entry lives until evicted or deleted. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Resolves true when the key existed. */
  delete(key: string): Promise<boolean>;
  /**
   * Adds `by` to an integer value (a missing key counts as 0) and returns the result.
   * `ttlMs` applies only when this call creates the key, as with Redis INCR + PEXPIRE NX.
   */
  incr(key: string, by?: number, ttlMs?: number): Promise<number>;
  /** Remaining time to live in ms; undefined for a missing key, Infinity for no TTL. */
  ttl(key: string): Promise<number | undefined>;
  ping(): Promise<void>;
  stats(): CacheStats;
  close(): Promise<void>;
}

export interface CacheStats {
  hits: number;
  misses: number;
  errors: number;
}

export const CACHE_STORE = Symbol('CACHE_STORE');

/** The error every implementation raises when INCR meets a non-integer value. */
export class CacheValueNotIntegerError extends Error {
  constructor(key: string) {
    super(`cache value at "${key}" is not an integer`);
    this.name = 'CacheValueNotIntegerError';
  }
}
