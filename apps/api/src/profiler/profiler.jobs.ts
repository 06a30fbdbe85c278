import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ArtifactRetention } from './artifacts/artifact-retention.service.js';
import { EVENT_LOOP_WINDOW_MS, EventLoopMonitor } from './runtime/event-loop.monitor.js';

/**
 * The profiler's scheduled jobs. Both run on every instance, without the leader lock:
 * artifacts are files of the instance that made them, and runtime figures are per process.
 */
@Injectable()
export class ProfilerJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('ProfilerJobs');

  constructor(
    private readonly jobs: JobScheduler,
    private readonly retention: ArtifactRetention,
    private readonly eventLoop: EventLoopMonitor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('profiler.prune-artifacts', this.config.profiler.pruneIntervalMs, () => this.pruneArtifacts());
    this.jobs.every('profiler.event-loop-window', EVENT_LOOP_WINDOW_MS, async () => this.eventLoop.rotate());
  }

  async pruneArtifacts(): Promise<void> {
    const { sessions, files, orphans } = await this.retention.pruneExpired();
    if (sessions + files + orphans > 0) {
      this.logger.log(`Pruned ${sessions} expired session(s), ${files} of their files and ${orphans} orphaned file(s)`);
    }
  }
}
