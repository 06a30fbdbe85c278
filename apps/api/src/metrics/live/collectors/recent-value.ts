/**
 * Reuses a value for a short while. One scrape asks several metrics for figures from
 * the same source (size, used and free of each disk); this reads the source once.
 */
export class RecentValue<T> {
  private cached: { value: T; at: number } | undefined;

  constructor(
    private readonly load: () => T,
    private readonly now: () => number,
    private readonly maxAgeMs = 1_000,
  ) {}

  get(): T {
    const now = this.now();
    if (this.cached && now - this.cached.at < this.maxAgeMs) return this.cached.value;
    const value = this.load();
    this.cached = { value, at: now };
    return value;
  }
}
