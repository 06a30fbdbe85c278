import { Injectable } from '@nestjs/common';
import type { ScalingServiceStatus } from '@vigil/types';
import { register } from 'prom-client';
import { MetricFactory } from '../common/metrics/metric-factory.js';

/**
 * The recommendation as gauges, so a KEDA Prometheus scaler or an HPA on external
 * metrics can act on Vigil's numbers. Every replica computes and exports the same values;
 * the leader alone counts what the executor did with them.
 */
@Injectable()
export class ScalingMetrics {
  private readonly factory = new MetricFactory(register);

  readonly desired = this.factory.gauge({
    name: 'vigil_scaling_desired_replicas',
    help: 'Replica count the HPA algorithm recommends for the service.',
    labelNames: ['service'] as const,
  });

  readonly current = this.factory.gauge({
    name: 'vigil_scaling_current_replicas',
    help: 'Instances of the service that reported in the last collection intervals.',
    labelNames: ['service'] as const,
  });

  readonly ratio = this.factory.gauge({
    name: 'vigil_scaling_metric_ratio',
    help: 'Current value over target of each scaling metric of the service.',
    labelNames: ['service', 'metric'] as const,
  });

  /** Only where an executor was called: with auto-scaling on and one configured. */
  readonly executions = this.factory.counter({
    name: 'vigil_scaling_executions_total',
    help: 'Decisions the scaling executor was asked to apply, by result (applied, not_applied, failed).',
    labelNames: ['service', 'result'] as const,
  });

  record(status: ScalingServiceStatus): void {
    this.desired.set({ service: status.service }, status.desiredReplicas);
    this.current.set({ service: status.service }, status.currentReplicas);
    for (const metric of status.metrics) {
      // A metric that could not be read leaves no stale ratio behind.
      if (metric.ratio === null) this.ratio.remove({ service: status.service, metric: metric.name });
      else this.ratio.set({ service: status.service, metric: metric.name }, metric.ratio);
    }
  }
}
