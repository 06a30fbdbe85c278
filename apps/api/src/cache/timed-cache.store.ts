import { performance } from 'node:perf_hooks';
import type { CacheStats, CacheStore } from './cache-store.js';

export type CacheCommand = 'get' | 'set' | 'delete' | 'incr' | 'ttl' | 'ping';

export interface CacheCommandEvent {
  command: CacheCommand;
  durationMs: number;
  isError: boolean;
}

export type CacheCommandListener = (event: CacheCommandEvent) => void;

/**
 * Wraps any CacheStore and reports how long each command took, so latency can be
 * measured without each implementation knowing about metrics. With no listener the
 * clock is never read.
 */
export class TimedCacheStore implements CacheStore {
  private readonly listeners = new Set<CacheCommandListener>();

  constructor(
    private readonly inner: CacheStore,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get kind(): CacheStore['kind'] {
    return this.inner.kind;
  }

  /** Returns the function that removes the listener. */
  onCommand(listener: CacheCommandListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(key: string): Promise<string | undefined> {
    return this.timed('get', () => this.inner.get(key));
  }

  set(key: string, value: string, ttlMs?: number): Promise<void> {
    return this.timed('set', () => this.inner.set(key, value, ttlMs));
  }

  delete(key: string): Promise<boolean> {
    return this.timed('delete', () => this.inner.delete(key));
  }

  incr(key: string, by?: number, ttlMs?: number): Promise<number> {
    return this.timed('incr', () => this.inner.incr(key, by, ttlMs));
  }

  ttl(key: string): Promise<number | undefined> {
    return this.timed('ttl', () => this.inner.ttl(key));
  }

  ping(): Promise<void> {
    return this.timed('ping', () => this.inner.ping());
  }

  stats(): CacheStats {
    return this.inner.stats();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async timed<T>(command: CacheCommand, run: () => Promise<T>): Promise<T> {
    if (this.listeners.size === 0) return run();
    const started = this.now();
    let isError = true;
    try {
      const result = await run();
      isError = false;
      return result;
    } finally {
      const event = { command, durationMs: this.now() - started, isError };
      for (const listener of this.listeners) listener(event);
    }
  }
}
