import { Module } from '@nestjs/common';
import { MetricsHistoryModule } from './history/metrics-history.module.js';
import { LiveMetricsModule } from './live/live-metrics.module.js';

/**
 * MetricsCollector: live metrics in one prom-client registry served at `GET /metrics`
 * (`live/`), and their history in PostgreSQL with rollups and a query API (`history/`).
 */
@Module({
  imports: [LiveMetricsModule, MetricsHistoryModule],
  // Alert rules read stored samples through MetricWindowReader.
  exports: [MetricsHistoryModule],
})
export class MetricsModule {}
