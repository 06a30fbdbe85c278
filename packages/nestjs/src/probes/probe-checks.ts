import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { boundedIndicator } from './bounded-indicator.js';
import { ShutdownState } from './shutdown-state.js';

export interface ProbeOutcome {
  status: 200 | 503;
  body: HealthCheckResult;
}

const EMPTY = { info: {}, error: {}, details: {} };

/**
 * The three probes as terminus results (`{ status, info, error, details }`, the failing
 * indicators named under `error`), 503 when any is down.
 */
@Injectable()
export class ProbeChecks {
  private hasStarted = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly shutdown: ShutdownState,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {}

  live(): Promise<ProbeOutcome> {
    return this.run('liveness', this.options.probes?.liveness ?? []);
  }

  /** 503 at once while draining, without asking the indicators. */
  async ready(): Promise<ProbeOutcome> {
    if (this.shutdown.isDraining) return { status: 503, body: { status: 'shutting_down', ...EMPTY } };
    return this.run('readiness', this.options.probes?.readiness ?? []);
  }

  /** Once passed, passes for good: later trouble is readiness' business. */
  async startup(): Promise<ProbeOutcome> {
    if (this.hasStarted) return { status: 200, body: { status: 'ok', ...EMPTY } };
    const outcome = await this.run('startup', this.options.probes?.startup ?? []);
    if (outcome.status === 200) this.hasStarted = true;
    return outcome;
  }

  private async run(kind: string, indicators: HealthIndicatorFunction[]): Promise<ProbeOutcome> {
    const timeoutMs = this.options.probes?.timeoutMs ?? 0;
    const bounded = indicators.map((indicator, i) => boundedIndicator(indicator, `${kind}[${i}]`, timeoutMs));
    let result: HealthCheckResult;
    try {
      result = await this.health.check(bounded);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    // Terminus reports every check as shutting_down once shutdown starts; that is
    // readiness' answer (given above), not liveness' or startup's, which keep their own.
    if (result.status === 'shutting_down') {
      result = { ...result, status: Object.keys(result.error ?? {}).length > 0 ? 'error' : 'ok' };
    }
    return { status: result.status === 'error' ? 503 : 200, body: result };
  }
}
