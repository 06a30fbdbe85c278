import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { bounded, type HealthComponent } from '../components/health-component.js';
import type { ResolvedHttpTarget } from '../http-targets/http-targets.service.js';
import { networkCause } from '../../common/http/network-cause.js';

function failureReason(error: unknown): string {
  return (error as Error).name === 'TimeoutError' ? 'timed out' : networkCause(error);
}

/**
 * One GET per target per cache TTL. Redirects are not followed (a 3xx is the answer)
 * and the body is never read, so a slow or huge response costs nothing past its status.
 */
@Injectable()
export class HttpDependencyIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  forTarget(target: ResolvedHttpTarget): HealthComponent {
    const name = `http:${target.name}`;
    return {
      name,
      kind: 'http',
      isCritical: target.isCritical,
      timeoutMs: target.timeoutMs,
      check: (options) =>
        bounded(
          this.indicators.check(name).attempt(({ signal }) => this.request(target, signal)),
          target.timeoutMs,
          this.config.health.cacheTtlMs,
          options,
        ),
    };
  }

  private async request(target: ResolvedHttpTarget, signal: AbortSignal): Promise<{ statusCode: number }> {
    let response: Response;
    try {
      response = await fetch(target.url, {
        redirect: 'manual',
        headers: { 'user-agent': 'vigil-health' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(target.timeoutMs)]),
      });
    } catch (error) {
      throw new Error(failureReason(error));
    }
    await response.body?.cancel();
    const { min, max } = target.expectedStatus;
    if (response.status < min || response.status > max) {
      throw new Error(`HTTP ${response.status}, expected ${min}-${max}`);
    }
    return { statusCode: response.status };
  }
}
