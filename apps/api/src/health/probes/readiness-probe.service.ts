import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import type { ReadinessReport } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthComponents } from '../components/health-components.js';
import { toReadinessReport } from '../probe-report.mapper.js';
import { ShutdownState } from '../shutdown-state.js';

interface CachedOutcome {
  expiresAt: number;
  outcome: Promise<ReadinessReport>;
  /** Set once the outcome fulfilled, for answers that cannot wait on a promise. */
  report?: ReadinessReport;
}

/**
 * Critical dependencies through terminus: a failure throws its 503, which the error
 * filter turns into "not ready: <component> (<reason>) down" naming each one.
 *
 * The whole outcome is cached for HEALTH_CACHE_TTL_MS from the moment it settles, and
 * concurrent probes share the run in flight: a probe burst costs one check per
 * dependency per TTL and each probe little more than liveness does. The checks
 * themselves run fresh, so an answer is never older than one TTL plus one check.
 */
@Injectable()
export class ReadinessProbeService {
  private cached: CachedOutcome | undefined;

  constructor(
    private readonly health: HealthCheckService,
    private readonly components: HealthComponents,
    private readonly shutdown: ShutdownState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  check(): Promise<ReadinessReport> {
    if (this.shutdown.isShuttingDown) throw new ServiceUnavailableException('not ready: shutting down');
    if (this.cached === undefined || this.cached.expiresAt <= performance.now()) {
      const entry: CachedOutcome = { expiresAt: Infinity, outcome: this.run() };
      const settle = () => {
        entry.expiresAt = performance.now() + this.config.health.cacheTtlMs;
      };
      entry.outcome.then((report) => {
        entry.report = report;
        settle();
      }, settle);
      this.cached = entry;
    }
    return this.cached.outcome;
  }

  /** The last outcome if it was ready and is still within its TTL; undefined otherwise. */
  cachedReport(): ReadinessReport | undefined {
    const entry = this.cached;
    if (this.shutdown.isShuttingDown || !entry?.report || entry.expiresAt <= performance.now()) return undefined;
    return entry.report;
  }

  private async run(): Promise<ReadinessReport> {
    const checks = this.components.readiness().map((component) => () => component.check({ isFresh: true }));
    return toReadinessReport(await this.health.check(checks));
  }
}
