import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CACHE_STORE, type CacheStore } from '../../cache/cache-store.js';
import { bounded, type CheckOptions, type HealthComponent } from '../components/health-component.js';

/**
 * Redis `PING` through the CacheStore. Only a Redis-backed store is a dependency: the
 * in-process cache cannot be unreachable, so it is not a component at all.
 */
@Injectable()
export class CacheIndicator implements HealthComponent {
  readonly name = 'redis';
  readonly kind = 'redis';
  readonly isCritical = true;
  readonly timeoutMs: number;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(CACHE_STORE) private readonly cache: CacheStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timeoutMs = config.health.checkTimeoutMs;
  }

  get isConfigured(): boolean {
    return this.cache.kind === 'redis';
  }

  check(options?: CheckOptions) {
    const attempt = this.indicators.check(this.name).attempt(async () => {
      await this.cache.ping();
    });
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }
}
