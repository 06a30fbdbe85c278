import { Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { register } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CacheMetricsCollector } from './collectors/cache-metrics.collector.js';
import { DatabaseMetricsCollector } from './collectors/database-metrics.collector.js';
import { HttpMetricsHooks } from './collectors/http-metrics.hooks.js';
import { ProcessCollector } from './collectors/process.collector.js';
import { NodeProcessReader, ProcessReader } from './collectors/process-reader.js';
import { SlowQueryLog } from './collectors/slow-query-log.js';
import { SystemCollector } from './collectors/system.collector.js';
import { NodeSystemReader, SystemReader } from './collectors/system-reader.js';
import { LiveMetrics } from './live-metrics.js';
import { LiveMetricsController } from './live-metrics.controller.js';
import { ScrapeController } from './scrape.controller.js';
import { SystemSnapshotService } from './system-snapshot.service.js';

/**
 * Live metrics in prom-client's global registry, served at `GET /metrics`. Default
 * metrics are switched off here because PrometheusModule would register them once per
 * app, which throws the second time in one process; LiveMetrics registers them once.
 */
@Module({
  imports: [
    PrometheusModule.register({ controller: ScrapeController, path: '/metrics', defaultMetrics: { enabled: false } }),
  ],
  controllers: [LiveMetricsController],
  providers: [
    { provide: LiveMetrics, useFactory: () => new LiveMetrics(register) },
    { provide: SystemReader, useClass: NodeSystemReader },
    { provide: ProcessReader, useClass: NodeProcessReader },
    {
      provide: SlowQueryLog,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SlowQueryLog(config.metrics.slowQueryMs, config.metrics.slowQueryTop),
    },
    SystemCollector,
    ProcessCollector,
    HttpMetricsHooks,
    DatabaseMetricsCollector,
    CacheMetricsCollector,
    SystemSnapshotService,
  ],
  exports: [LiveMetrics, HttpMetricsHooks],
})
export class LiveMetricsModule {}
