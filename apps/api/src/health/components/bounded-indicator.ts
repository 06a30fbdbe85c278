import type { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthComponentKind } from '@vigil/types';
import type { AppConfig } from '../../config/app-config.js';
import { bounded, type CheckOptions, type HealthComponent } from './health-component.js';

/**
 * A component whose check is one reading under the check timeout and the shared cache.
 * Subclasses say what they read; a reading that throws is the component being down,
 * with the error's message as the reason.
 */
export abstract class BoundedIndicator implements HealthComponent {
  abstract readonly name: string;
  abstract readonly kind: HealthComponentKind;
  abstract readonly isCritical: boolean;
  readonly timeoutMs: number;

  protected constructor(
    private readonly indicators: HealthIndicatorService,
    protected readonly config: AppConfig,
  ) {
    this.timeoutMs = config.health.checkTimeoutMs;
  }

  /** The figures reported with an up result. */
  protected abstract read(): Promise<Record<string, unknown> | void> | Record<string, unknown> | void;

  check(options?: CheckOptions) {
    const attempt = this.indicators.check(this.name).attempt(() => this.read());
    return bounded(attempt, this.timeoutMs, this.config.health.cacheTtlMs, options);
  }
}
