import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { NotFound } from '../../common/errors/app-error.js';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';
import { ArtifactUnavailable, SessionOnOtherInstance } from '../profiler.errors.js';
import { ProfilingSessionsService } from '../sessions/profiling-sessions.service.js';
import { downloadName } from '../sessions/session.mapper.js';
import { ArtifactStore } from './artifact.store.js';

/** A session's artifact as a download, or its text for analysis. */
@Injectable()
export class ProfileArtifactsService {
  constructor(
    private readonly sessions: ProfilingSessionsService,
    private readonly store: ArtifactStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Streamed from disk: a heap snapshot may be far larger than we want in memory. */
  async download(id: string): Promise<StreamableFile> {
    const row = await this.sessions.find(id);
    const fileName = this.localArtifact(row);
    const bytes = await this.store.sizeOf(fileName);
    if (bytes === undefined) throw new NotFound('artifact of profiling session', id);
    return new StreamableFile(this.store.openStream(fileName), {
      type: row.artifactContentType ?? undefined,
      disposition: `attachment; filename="${downloadName(row)}"`,
      length: bytes,
    });
  }

  async readText(row: ProfilingSessionEntity): Promise<string> {
    const fileName = this.localArtifact(row);
    if ((await this.store.sizeOf(fileName)) === undefined) throw new NotFound('artifact of profiling session', row.id);
    return this.store.readText(fileName);
  }

  private localArtifact(row: ProfilingSessionEntity): string {
    if (row.status === 'running') throw new ArtifactUnavailable(row.id, 'it is still running; stop it first');
    if (!row.artifactPath) {
      const outcome = row.status === 'failed' ? 'failed' : 'was cancelled';
      throw new ArtifactUnavailable(row.id, `it ${outcome} (${row.reason ?? 'no reason recorded'})`);
    }
    // Artifacts are local files: only the instance that made one can read it.
    if (row.instance !== this.config.instanceId) throw new SessionOnOtherInstance(row.id, row.instance, 'read its artifact');
    return row.artifactPath;
  }
}
