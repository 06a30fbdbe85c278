import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProfilingSessionRepository, type RemovedSession } from '../sessions/profiling-session.repository.js';
import { ArtifactStore } from './artifact.store.js';

export interface PruneResult {
  sessions: number;
  /** This instance's files of the expired sessions. */
  files: number;
  /** Files whose row was already gone. */
  orphans: number;
}

/**
 * Keeps artifacts within retention and count. Rows are shared by every instance, files
 * are local: each instance deletes expired rows of any instance but only its own files,
 * and removes files whose row is gone (deleted elsewhere, or orphaned by a crash).
 */
@Injectable()
export class ArtifactRetention {
  constructor(
    private readonly repository: ProfilingSessionRepository,
    private readonly store: ArtifactStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pruneExpired(): Promise<PruneResult> {
    // Retention is at least an hour and a session at most one, so no expired row is live.
    const cutoff = new Date(this.clock.now().getTime() - this.config.profiler.retentionMs);
    const expired = await this.repository.deleteStartedBefore(cutoff);
    const files = await this.removeOwnFiles(expired);
    return { sessions: expired.length, files, orphans: await this.removeOrphans() };
  }

  /** Drops this instance's oldest sessions with artifacts beyond PROFILER_MAX_ARTIFACTS. */
  async enforceCount(): Promise<number> {
    const removed = await this.repository.deleteArtifactsBeyond(this.config.instanceId, this.config.profiler.maxArtifacts);
    await this.removeOwnFiles(removed);
    return removed.length;
  }

  private async removeOwnFiles(sessions: RemovedSession[]): Promise<number> {
    const own = sessions.filter((s) => s.instance === this.config.instanceId && s.artifactPath !== null);
    for (const session of own) await this.store.remove(session.artifactPath!);
    return own.length;
  }

  private async removeOrphans(): Promise<number> {
    const files = await this.store.listSessionFiles();
    const existing = await this.repository.findExistingIds(files.map((f) => f.sessionId));
    const orphans = files.filter((f) => !existing.has(f.sessionId));
    for (const orphan of orphans) await this.store.remove(orphan.fileName);
    return orphans.length;
  }
}
