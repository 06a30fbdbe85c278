import { Injectable } from '@nestjs/common';
import { register } from 'prom-client';
import { MetricFactory } from '../common/metrics/metric-factory.js';

/** Every AlertManager metric, declared once with its labels and buckets. */
@Injectable()
export class AlertsMetrics {
  private readonly factory = new MetricFactory(register);

  readonly deliveries = this.factory.counter({
    name: 'vigil_alert_delivery_attempts_total',
    help: 'Notification send attempts by channel type and outcome (sent, retry, dead).',
    labelNames: ['channel_type', 'outcome'] as const,
  });

  readonly deliveryDuration = this.factory.histogram({
    name: 'vigil_alert_delivery_duration_seconds',
    help: 'Time one notification send attempt took, by channel type.',
    labelNames: ['channel_type'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });

  readonly transitions = this.factory.counter({
    name: 'vigil_alert_transitions_total',
    help: 'Alert state changes written, by the state entered.',
    labelNames: ['status'] as const,
  });

  readonly openAlerts = this.factory.gauge({
    name: 'vigil_alerts_open',
    help: 'Open alerts after the last evaluation, by status (pending, firing, acknowledged).',
    labelNames: ['status'] as const,
  });
}
