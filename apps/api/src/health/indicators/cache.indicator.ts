import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CACHE_STORE, type CacheStore } from '../../cache/cache-store.js';

/** PING through the CacheStore (a no-op for the in-process cache). */
@Injectable()
export class CacheIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(CACHE_STORE) private readonly cache: CacheStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  check() {
    return this.indicators
      .check('cache')
      .attempt(async () => {
        await this.cache.ping();
        return { kind: this.cache.kind };
      })
      .withTimeout(this.config.health.checkTimeoutMs)
      .cacheFor(this.config.health.cacheTtlMs);
  }
}
