import { Inject, Injectable } from '@nestjs/common';
import type { HealthComponentReport, HealthReport } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isResourceKind, overallStatus } from './components/component-result.js';
import type { ObservedComponent } from './components/component-status.tracker.js';
import { HealthEvaluator } from './health-evaluator.service.js';
import { computeHealthScore, type ScoredComponent } from './score/health-score.js';
import { HttpErrorRate } from './score/http-error-rate.js';

function toScored(component: ObservedComponent): ScoredComponent {
  const isUsage = isResourceKind(component.kind);
  return {
    status: component.status,
    isCritical: component.isCritical,
    measure: isUsage ? 'usage' : 'latency',
    ratio: isUsage ? component.usageRatio : component.latencyRatio,
  };
}

function toReport(component: ObservedComponent): HealthComponentReport {
  return {
    name: component.name,
    kind: component.kind,
    status: component.status,
    isCritical: component.isCritical,
    responseTimeMs: component.responseTimeMs,
    message: component.message,
    lastCheckedAt: component.lastCheckedAt.toISOString(),
    since: component.since.toISOString(),
  };
}

/** `GET /api/v1/health`: this instance's view of every component, its overall status and score. */
@Injectable()
export class HealthReportService {
  constructor(
    private readonly evaluator: HealthEvaluator,
    private readonly errorRate: HttpErrorRate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(): Promise<HealthReport> {
    const { at, components } = await this.evaluator.evaluate();
    const errorRatio = await this.errorRate.ratio(at);
    return {
      status: overallStatus(components),
      instance: this.config.instanceId,
      checkedAt: at.toISOString(),
      score: computeHealthScore({ components: components.map(toScored), errorRatio }),
      components: components.map(toReport),
    };
  }
}
