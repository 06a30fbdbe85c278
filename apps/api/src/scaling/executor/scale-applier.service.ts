import { Inject, Injectable, Logger } from '@nestjs/common';
import { ScalingMetrics } from '../scaling.metrics.js';
import { notApplied, SCALE_EXECUTOR, ScaleFailed, type ScaleExecutor, type ScaleOutcome, type ScaleRequest } from './scale-executor.js';

/**
 * Whether a decision is applied: only with the service's auto-scaling on and an
 * executor configured, and then only when the executor succeeded. A failure is an
 * outcome with its reason, never an error: the cycle goes on with the next service.
 */
@Injectable()
export class ScaleApplier {
  private readonly logger = new Logger('Scaling');

  constructor(
    @Inject(SCALE_EXECUTOR) private readonly executor: ScaleExecutor | null,
    private readonly metrics: ScalingMetrics,
  ) {}

  async apply(isAutoScaling: boolean, request: ScaleRequest): Promise<ScaleOutcome> {
    if (!isAutoScaling) return notApplied('auto-scaling is off');
    if (this.executor === null) return notApplied('no executor is configured');
    const { kind } = this.executor;
    let outcome: ScaleOutcome;
    try {
      outcome = await this.executor.scale(request);
    } catch (error) {
      const reason = error instanceof ScaleFailed ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.warn(`${request.service}: the ${kind} executor could not apply ${request.from} → ${request.to}: ${reason}`);
      if (!(error instanceof ScaleFailed)) this.logger.error(error);
      this.metrics.executions.inc({ service: request.service, result: 'failed' });
      return notApplied(`${kind} executor failed: ${reason}`);
    }
    this.metrics.executions.inc({ service: request.service, result: outcome.applied ? 'applied' : 'not_applied' });
    return outcome;
  }
}
