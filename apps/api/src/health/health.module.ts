import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module.js';
import { ComponentStatusTracker } from './components/component-status.tracker.js';
import { HealthComponents } from './components/health-components.js';
import { HealthCheckEntity } from './entities/health-check.entity.js';
import { HealthController } from './health.controller.js';
import { HealthEvaluator } from './health-evaluator.service.js';
import { HealthEvents } from './health-events.js';
import { HealthJobs } from './health.jobs.js';
import { HealthReportService } from './health-report.service.js';
import { HealthCheckRepository } from './history/health-check.repository.js';
import { HealthHistoryService } from './history/health-history.service.js';
import { HealthRecorder } from './history/health-recorder.service.js';
import { HealthRetention } from './history/health-retention.service.js';
import { RecordedStatuses } from './history/recorded-statuses.service.js';
import { HttpTargetsService } from './http-targets/http-targets.service.js';
import { CacheIndicator } from './indicators/cache.indicator.js';
import { DatabaseIndicator } from './indicators/database.indicator.js';
import { DiskIndicator } from './indicators/disk.indicator.js';
import { EventLoopIndicator } from './indicators/event-loop.indicator.js';
import { HeapIndicator } from './indicators/heap.indicator.js';
import { HttpDependencyIndicator } from './indicators/http-dependency.indicator.js';
import { MigrationsIndicator } from './indicators/migrations.indicator.js';
import { RssIndicator } from './indicators/rss.indicator.js';
import { ProbesController } from './probes.controller.js';
import { ProbeRequestLogging } from './probes/probe-request-logging.js';
import { ReadinessProbeService } from './probes/readiness-probe.service.js';
import { StartupProbeService } from './probes/startup-probe.service.js';
import { HttpErrorRate } from './score/http-error-rate.js';
import { ShutdownState } from './shutdown-state.js';
import { StartupGate } from './startup-gate.js';

/**
 * HealthCheck: probes, the detailed view, history and uptime. Global so that any module
 * can announce start-up steps (StartupGate), follow status changes (HealthEvents) or
 * read the cluster's recorded statuses (RecordedStatuses) without importing it.
 */
@Global()
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), TypeOrmModule.forFeature([HealthCheckEntity]), SettingsModule],
  controllers: [ProbesController, HealthController],
  providers: [
    DatabaseIndicator,
    CacheIndicator,
    MigrationsIndicator,
    DiskIndicator,
    HeapIndicator,
    RssIndicator,
    EventLoopIndicator,
    HttpDependencyIndicator,
    HttpTargetsService,
    HealthComponents,
    ComponentStatusTracker,
    HealthEvents,
    HealthEvaluator,
    HttpErrorRate,
    HealthReportService,
    ProbeRequestLogging,
    ReadinessProbeService,
    StartupProbeService,
    StartupGate,
    ShutdownState,
    HealthCheckRepository,
    HealthRecorder,
    HealthRetention,
    HealthHistoryService,
    RecordedStatuses,
    HealthJobs,
  ],
  exports: [ShutdownState, StartupGate, HealthEvents, RecordedStatuses],
})
export class HealthModule {}
