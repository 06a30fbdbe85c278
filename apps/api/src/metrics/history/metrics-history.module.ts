import { Module } from '@nestjs/common';
import { CustomMetricNames } from './custom-metric-names.js';
import { CustomMetricsService } from './custom-metrics.service.js';
import { MetricCatalogService } from './metric-catalog.service.js';
import { MetricHistoryRepository } from './metric-history.repository.js';
import { MetricQueryService } from './metric-query.service.js';
import { MetricWindowReader } from './metric-window.reader.js';
import { MetricWindowRepository } from './metric-window.repository.js';
import { MetricsHistoryController } from './metrics-history.controller.js';
import { MetricsHistoryJobs } from './metrics-history.jobs.js';
import { MetricsSnapshotService } from './metrics-snapshot.service.js';
import { RollupService } from './rollup.service.js';
import { SampleWriter } from './sample-writer.js';

@Module({
  controllers: [MetricsHistoryController],
  providers: [
    MetricHistoryRepository,
    SampleWriter,
    CustomMetricNames,
    MetricsSnapshotService,
    RollupService,
    MetricQueryService,
    MetricWindowRepository,
    MetricWindowReader,
    MetricCatalogService,
    CustomMetricsService,
    MetricsHistoryJobs,
  ],
  exports: [MetricsSnapshotService, MetricQueryService, MetricWindowReader, MetricHistoryRepository, SampleWriter],
})
export class MetricsHistoryModule {}
