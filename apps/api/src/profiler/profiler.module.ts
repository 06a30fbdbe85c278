import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TargetsModule } from '../targets/targets.module.js';
import { ProfileAnalysisService } from './analysis/profile-analysis.service.js';
import { ArtifactRetention } from './artifacts/artifact-retention.service.js';
import { ArtifactStore } from './artifacts/artifact.store.js';
import { ProfileArtifactsService } from './artifacts/profile-artifacts.service.js';
import { ProfilingSessionEntity } from './entities/profiling-session.entity.js';
import { LeakMonitor } from './leak/leak.monitor.js';
import { ProfilerRuntimeController } from './profiler-runtime.controller.js';
import { ProfilerSessionsController } from './profiler-sessions.controller.js';
import { ProfilerJobs } from './profiler.jobs.js';
import { ProfilerMetrics } from './profiler.metrics.js';
import { AgentProfilerClient } from './remote/agent-profiler.client.js';
import { RemoteSessions } from './remote/remote-sessions.service.js';
import { RecommendationsService } from './recommendations/recommendations.service.js';
import { EventLoopMonitor } from './runtime/event-loop.monitor.js';
import { GcMonitor } from './runtime/gc.monitor.js';
import { RuntimeStatsService } from './runtime/runtime-stats.service.js';
import { PROCESS_PROFILER_SLOTS, ProfilerSlots } from './sessions/profiler-slots.js';
import { ProfilingSessionRepository } from './sessions/profiling-session.repository.js';
import { ProfilingSessionsService } from './sessions/profiling-sessions.service.js';
import { SessionRunner } from './sessions/session-runner.js';
import { ProcessMemory } from './sessions/snapshot-headroom.js';

/** PerformanceProfiler: profiles of this process and of watched services over HTTP, runtime figures, leak detection, advice. */
@Module({
  imports: [TypeOrmModule.forFeature([ProfilingSessionEntity]), TargetsModule],
  controllers: [ProfilerSessionsController, ProfilerRuntimeController],
  providers: [
    { provide: ProfilerSlots, useValue: PROCESS_PROFILER_SLOTS },
    ProfilerMetrics,
    ProcessMemory,
    ProfilingSessionRepository,
    ArtifactStore,
    ArtifactRetention,
    SessionRunner,
    AgentProfilerClient,
    RemoteSessions,
    ProfilingSessionsService,
    ProfileArtifactsService,
    ProfileAnalysisService,
    EventLoopMonitor,
    LeakMonitor,
    GcMonitor,
    RuntimeStatsService,
    RecommendationsService,
    ProfilerJobs,
  ],
  exports: [RuntimeStatsService, LeakMonitor],
})
export class ProfilerModule {}
