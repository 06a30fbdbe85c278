import type { HealthCheckAttempt, HealthIndicatorResult } from '@nestjs/terminus';
import type { HealthComponentKind } from '@vigil/types';

export interface CheckOptions {
  /** Skip the shared result cache: for a caller that caches the whole outcome itself. */
  isFresh?: boolean;
}

/**
 * One thing health watches. `check()` is a terminus attempt bounded by `timeoutMs` and
 * cached for HEALTH_CACHE_TTL_MS, so the detailed view and the recording job share one
 * run per TTL.
 */
export interface HealthComponent {
  readonly name: string;
  readonly kind: HealthComponentKind;
  readonly isCritical: boolean;
  /** The check's own limit; its response time is scored against it. */
  readonly timeoutMs: number;
  check(options?: CheckOptions): PromiseLike<HealthIndicatorResult>;
}

/** Every attempt gets a time limit; the shared cache unless the caller asked for a fresh run. */
export function bounded<Key extends string>(
  attempt: HealthCheckAttempt<Key>,
  timeoutMs: number,
  cacheTtlMs: number,
  options: CheckOptions = {},
): HealthCheckAttempt<Key> {
  attempt.withTimeout(timeoutMs);
  return options.isFresh ? attempt : attempt.cacheFor(cacheTtlMs);
}

/**
 * Indicators that measure a load against a limit (disk, heap, RSS, event-loop delay)
 * report it as `loadRatio` = measured ÷ threshold, which the score uses.
 */
export interface LoadReading extends Record<string, unknown> {
  loadRatio: number;
}

/** Rounds a ratio for display without losing what the score needs. */
export const roundRatio = (value: number): number => Math.round(value * 10_000) / 10_000;
