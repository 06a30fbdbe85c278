import type { SlowQueryEntry, SlowQueryReport } from '@vigil/types';
import { normaliseSql, operationOf } from './sql-statement.js';

interface Tally {
  statement: string;
  operation: string;
  count: number;
  totalMs: number;
  maxMs: number;
  lastSeenAt: Date;
}

const round3 = (value: number) => Math.round(value * 1_000) / 1_000;

/**
 * The slowest statement shapes seen, at most `capacity` of them, so memory stays
 * bounded however many distinct slow statements run. When full, a newcomer replaces
 * the entry with the lowest maximum only if it is slower than that maximum.
 */
export class SlowQueryLog {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    readonly thresholdMs: number,
    readonly capacity: number,
  ) {}

  isSlow(durationMs: number): boolean {
    return durationMs >= this.thresholdMs;
  }

  record(query: string, durationMs: number, at: Date): void {
    const statement = normaliseSql(query);
    const tally = this.tallies.get(statement);
    if (tally) {
      tally.count++;
      tally.totalMs += durationMs;
      tally.maxMs = Math.max(tally.maxMs, durationMs);
      tally.lastSeenAt = at;
      return;
    }
    if (this.tallies.size >= this.capacity && !this.evictFasterThan(durationMs)) return;
    const operation = operationOf(query);
    this.tallies.set(statement, { statement, operation, count: 1, totalMs: durationMs, maxMs: durationMs, lastSeenAt: at });
  }

  report(): SlowQueryReport {
    const entries: SlowQueryEntry[] = [...this.tallies.values()]
      .sort((a, b) => b.maxMs - a.maxMs)
      .map((t) => ({
        statement: t.statement,
        operation: t.operation,
        count: t.count,
        maxMs: round3(t.maxMs),
        meanMs: round3(t.totalMs / t.count),
        lastSeenAt: t.lastSeenAt.toISOString(),
      }));
    return { thresholdMs: this.thresholdMs, capacity: this.capacity, entries };
  }

  /** Drops the entry with the lowest maximum if `durationMs` beats it; true when room was made. */
  private evictFasterThan(durationMs: number): boolean {
    let fastest: Tally | undefined;
    for (const tally of this.tallies.values()) {
      if (!fastest || tally.maxMs < fastest.maxMs) fastest = tally;
    }
    if (!fastest || fastest.maxMs >= durationMs) return false;
    this.tallies.delete(fastest.statement);
    return true;
  }
}
