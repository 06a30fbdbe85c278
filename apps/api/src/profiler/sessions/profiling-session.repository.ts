import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ProfileType, ProfilingSessionQuery, ProfilingStatus } from '@vigil/types';
import { IsNull, Not, type Repository } from 'typeorm';
import { UUID } from '../../common/validation/formats.js';
import { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';

/**
 * TypeORM answers a bare DELETE … RETURNING with `[rows, count]`; reading the deleted
 * rows back through a CTE makes it a SELECT, which answers with the rows alone.
 */
const SELECT_REMOVED = 'SELECT id, instance, artifact_path AS "artifactPath" FROM removed';

export interface StoppedSession {
  status: Exclude<ProfilingStatus, 'running'>;
  stoppedAt: Date;
  reason?: string;
  artifact?: { path: string; bytes: number; contentType: string };
  /** The instance that now holds the artifact (a remote session synced by another replica). */
  instance?: string;
}

export interface RemovedSession {
  id: string;
  instance: string;
  artifactPath: string | null;
}

/** Every query on `profiling_sessions`. */
@Injectable()
export class ProfilingSessionRepository {
  constructor(@InjectRepository(ProfilingSessionEntity) private readonly rows: Repository<ProfilingSessionEntity>) {}

  async insert(row: ProfilingSessionEntity): Promise<void> {
    await this.rows.insert(row);
  }

  /** Null for ids that cannot exist, rather than a uuid cast error. */
  findById(id: string): Promise<ProfilingSessionEntity | null> {
    return UUID.test(id) ? this.rows.findOneBy({ id }) : Promise.resolve(null);
  }

  async findPage(
    filter: Pick<ProfilingSessionQuery, 'type' | 'status' | 'instance'> & { targetId?: string },
    limit: number,
    offset: number,
  ): Promise<{ rows: ProfilingSessionEntity[]; total: number }> {
    // An id that is no uuid matches nothing, rather than failing the cast.
    if (filter.targetId !== undefined && !UUID.test(filter.targetId)) return { rows: [], total: 0 };
    // TypeORM rejects undefined in a where clause: leave unset filters out.
    const where = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    const [rows, total] = await this.rows.findAndCount({
      where,
      order: { startedAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { rows, total };
  }

  /** The latest profile of this instance's own process: a remote session it drove is another process' profile. */
  findLatestCompleted(instance: string, type: ProfileType): Promise<ProfilingSessionEntity | null> {
    return this.rows.findOne({
      where: { instance, type, status: 'completed', targetId: IsNull() },
      order: { startedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Only a running row moves: a session stops once. */
  async markStopped(id: string, stop: StoppedSession): Promise<void> {
    await this.rows.update(
      { id, status: 'running' },
      {
        status: stop.status,
        stoppedAt: stop.stoppedAt,
        reason: stop.reason ?? null,
        artifactPath: stop.artifact?.path ?? null,
        artifactBytes: stop.artifact?.bytes ?? null,
        artifactContentType: stop.artifact?.contentType ?? null,
        ...(stop.instance === undefined ? {} : { instance: stop.instance }),
      },
    );
  }

  /**
   * Rows an earlier process of this instance left running when it died. Remote sessions
   * are not among them: their profiler runs in the agent, and the next sync follows it.
   */
  async failRunning(instance: string, reason: string, at: Date): Promise<number> {
    const result = await this.rows.update({ instance, status: 'running', targetId: IsNull() }, { status: 'failed', reason, stoppedAt: at });
    return result.affected ?? 0;
  }

  /** Remote sessions still running, of any instance: whichever instance syncs one keeps its artifact. */
  findRunningRemote(limit: number): Promise<ProfilingSessionEntity[]> {
    return this.rows.find({ where: { status: 'running', targetId: Not(IsNull()) }, order: { startedAt: 'ASC' }, take: limit });
  }

  async delete(id: string): Promise<void> {
    await this.rows.delete({ id });
  }

  /**
   * Expired sessions of every instance. One statement, not batches: the count cap keeps
   * at most PROFILER_MAX_ARTIFACTS rows with artifacts per instance.
   */
  async deleteStartedBefore(cutoff: Date): Promise<RemovedSession[]> {
    return this.rows.query(
      `WITH removed AS (DELETE FROM profiling_sessions WHERE started_at < $1 RETURNING *)
       ${SELECT_REMOVED}`,
      [cutoff],
    );
  }

  /** Sessions of the instance with an artifact, past the newest `keep`. */
  async deleteArtifactsBeyond(instance: string, keep: number): Promise<RemovedSession[]> {
    return this.rows.query(
      `WITH removed AS (
         DELETE FROM profiling_sessions WHERE id IN (
           SELECT id FROM profiling_sessions
           WHERE instance = $1 AND artifact_path IS NOT NULL
           ORDER BY started_at DESC, id DESC
           OFFSET $2)
         RETURNING *)
       ${SELECT_REMOVED}`,
      [instance, keep],
    );
  }

  async findExistingIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.rows.query('SELECT id FROM profiling_sessions WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }
}
