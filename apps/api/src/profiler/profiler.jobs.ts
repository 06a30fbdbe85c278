import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobScheduler } from '../common/jobs/job-scheduler.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LeaderLockService } from '../common/leader-lock.service.js';
import { ArtifactRetention } from './artifacts/artifact-retention.service.js';
import { RemoteSessions } from './remote/remote-sessions.service.js';
import { EVENT_LOOP_WINDOW_MS, EventLoopMonitor } from './runtime/event-loop.monitor.js';

/** How often remote sessions are asked how they are doing (a read of one also asks). */
export const REMOTE_SYNC_INTERVAL_MS = 2_000;

/**
 * The profiler's scheduled jobs. Pruning and the event-loop window run on every instance,
 * without the leader lock: artifacts are files of the instance that made them, and
 * runtime figures are per process. Following remote sessions is cluster-wide.
 */
@Injectable()
export class ProfilerJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('ProfilerJobs');

  constructor(
    private readonly jobs: JobScheduler,
    private readonly retention: ArtifactRetention,
    private readonly eventLoop: EventLoopMonitor,
    private readonly remote: RemoteSessions,
    private readonly leader: LeaderLockService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.every('profiler.prune-artifacts', this.config.profiler.pruneIntervalMs, () => this.pruneArtifacts());
    this.jobs.every('profiler.event-loop-window', EVENT_LOOP_WINDOW_MS, async () => this.eventLoop.rotate());
    this.jobs.every('profiler.remote-sync', REMOTE_SYNC_INTERVAL_MS, () => this.leader.runExclusive('profiler.remote-sync', () => this.remote.refreshAll()));
  }

  async pruneArtifacts(): Promise<void> {
    const { sessions, files, orphans } = await this.retention.pruneExpired();
    if (sessions + files + orphans > 0) {
      this.logger.log(`Pruned ${sessions} expired session(s), ${files} of their files and ${orphans} orphaned file(s)`);
    }
  }
}
