import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ProcessProfilingSession, ProfilingSessionInput, ScrapeTarget } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TargetsService } from '../../targets/registry/targets.service.js';
import { ArtifactRetention } from '../artifacts/artifact-retention.service.js';
import { ARTIFACT_CONTENT_TYPE, ArtifactStore } from '../artifacts/artifact.store.js';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';
import { ProfilingSessionRepository } from '../sessions/profiling-session.repository.js';
import { AgentProfilerClient } from './agent-profiler.client.js';

/** Sessions followed per job run; more than that many at once would mean agents are not answering. */
const REFRESH_BATCH = 50;

/** A row of a remote session: the target columns are set. */
export type RemoteSessionRow = ProfilingSessionEntity & { targetId: string; remoteSessionId: string };

export const isRemote = (row: ProfilingSessionEntity): row is RemoteSessionRow => Boolean(row.targetId && row.remoteSessionId);

/**
 * Sessions inside a watched service: the agent runs the profiler in its own process
 * (with its own guard rails: one at a time, maximum duration, heap headroom), and this
 * instance drives it and, once it ends, downloads the artifact into its own store, so
 * listing, download and analysis work as for the API's own sessions. A session follows
 * the agent's state when it is read and on the `profiler.remote-sync` job.
 */
@Injectable()
export class RemoteSessions {
  private readonly logger = new Logger('Profiler');
  /** One sync per session at a time: a read, a stop and the job may meet on the same row. */
  private readonly syncing = new Map<string, Promise<void>>();

  constructor(
    private readonly agents: AgentProfilerClient,
    private readonly targets: TargetsService,
    private readonly repository: ProfilingSessionRepository,
    private readonly store: ArtifactStore,
    private readonly retention: ArtifactRetention,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(targetId: string, input: ProfilingSessionInput): Promise<ProfilingSessionEntity> {
    const target = await this.targets.get(targetId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw new AppError('VALIDATION_FAILED', `target: no scrape target "${targetId}"`, [{ field: 'target', problem: `no scrape target "${targetId}"` }]);
      }
      throw error;
    });
    const controlUrl = controlUrlOf(target);
    await this.store.prepare();
    const remote = await this.agents.start(controlUrl, input);
    const row: RemoteSessionRow = {
      id: randomUUID(),
      type: remote.type,
      status: 'running',
      label: remote.label,
      instance: this.config.instanceId,
      samplingIntervalUs: remote.samplingIntervalUs,
      samplingIntervalBytes: remote.samplingIntervalBytes,
      plannedDurationMs: remote.plannedDurationMs,
      startedAt: new Date(remote.startedAt),
      stoppedAt: null,
      reason: null,
      artifactPath: null,
      artifactBytes: null,
      artifactContentType: null,
      targetId: target.id,
      targetService: target.service,
      targetInstance: target.instance,
      remoteSessionId: remote.id,
    };
    await this.repository.insert(row);
    // A heap snapshot is done by the time the agent answers: fetch it now.
    if (remote.status !== 'running') await this.exclusive(row.id, () => this.sync(row, remote, controlUrl));
    return row;
  }

  async stop(row: RemoteSessionRow): Promise<void> {
    const controlUrl = await this.controlUrlFor(row);
    const remote = await this.agents.stop(controlUrl, row.remoteSessionId);
    await this.exclusive(row.id, () => this.sync(row, remote, controlUrl));
  }

  /** Brings a running row to the agent's state; a failure to reach the agent leaves it running (the next try may succeed). */
  refresh(row: RemoteSessionRow): Promise<void> {
    return this.exclusive(row.id, async () => {
      try {
        const controlUrl = await this.controlUrlFor(row);
        await this.sync(row, await this.agents.get(controlUrl, row.remoteSessionId), controlUrl);
      } catch (error) {
        await this.giveUpIfGone(row, error);
      }
    });
  }

  /** Runs `work` after any sync of the same session this process has under way. */
  private async exclusive(id: string, work: () => Promise<void>): Promise<void> {
    const next = (this.syncing.get(id) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.syncing.set(id, next);
    try {
      await next;
    } finally {
      if (this.syncing.get(id) === next) this.syncing.delete(id);
    }
  }

  /** Follows every running remote session; the leader runs it, any replica may (the artifact goes where it ran). */
  async refreshAll(): Promise<number> {
    const rows = (await this.repository.findRunningRemote(REFRESH_BATCH)).filter(isRemote);
    for (const row of rows) await this.refresh(row);
    return rows.length;
  }

  /** Asks the agent to stop, as far as it can be reached: a deleted session must not leave a profiler running. */
  async cancel(row: RemoteSessionRow): Promise<void> {
    try {
      await this.agents.stop(await this.controlUrlFor(row), row.remoteSessionId);
    } catch (error) {
      this.logger.warn(`Could not stop remote session ${row.remoteSessionId} of ${row.targetService}/${row.targetInstance}: ${(error as Error).message}`);
    }
  }

  /** `controlUrl` is where `remote` came from: the artifact is downloaded from the same agent. */
  private async sync(row: RemoteSessionRow, remote: ProcessProfilingSession, controlUrl: string): Promise<void> {
    if (remote.status === 'running') return;
    // An earlier sync may have finished it while this one waited.
    if ((await this.repository.findById(row.id))?.status !== 'running') return;
    const stoppedAt = remote.stoppedAt ? new Date(remote.stoppedAt) : this.clock.now();
    if (remote.status !== 'completed') {
      await this.repository.markStopped(row.id, { status: remote.status, stoppedAt, reason: `in the agent: ${remote.reason ?? remote.status}` });
      return;
    }
    const fileName = this.store.fileNameFor(row.id, row.type);
    const writer = this.store.openWriter(fileName);
    try {
      await this.agents.download(controlUrl, row.remoteSessionId, writer);
      const bytes = writer.finish();
      await this.repository.markStopped(row.id, {
        status: 'completed',
        stoppedAt,
        artifact: { path: fileName, bytes, contentType: ARTIFACT_CONTENT_TYPE },
        instance: this.config.instanceId,
      });
    } catch (error) {
      writer.discard();
      await this.repository.markStopped(row.id, { status: 'failed', stoppedAt, reason: `artifact download: ${(error as Error).message}` });
      return;
    }
    await this.retention.enforceCount().catch((error: unknown) => this.logger.error(`Artifact count cap failed: ${String(error)}`));
  }

  /** Past its planned end and a grace period, a session whose agent cannot be asked is failed rather than left running. */
  private async giveUpIfGone(row: RemoteSessionRow, error: unknown): Promise<void> {
    const graceMs = 60_000;
    const overdue = this.clock.now().getTime() > new Date(row.startedAt).getTime() + row.plannedDurationMs + graceMs;
    if (!overdue) return;
    await this.repository.markStopped(row.id, {
      status: 'failed',
      stoppedAt: this.clock.now(),
      reason: `the agent could not be asked how the session ended: ${(error as Error).message}`,
    });
  }

  private async controlUrlFor(row: RemoteSessionRow): Promise<string> {
    return controlUrlOf(await this.targets.get(row.targetId));
  }
}

function controlUrlOf(target: ScrapeTarget): string {
  const controlUrl = target.agent?.controlUrl;
  if (!controlUrl) {
    const why = target.agent ? 'its agent runs without remote profiling (no token or profiler: false)' : `it is a target of source "${target.source}", not registered by an agent`;
    throw new AppError('CONFLICT', `target "${target.id}" (${target.service}/${target.instance}) cannot be profiled remotely: ${why}`);
  }
  return controlUrl;
}
