import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ProfilingSession, ProfilingSessionPage, ProfilingSessionQuery, ProfilingSessionRequest } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { NotFound } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ArtifactStore } from '../artifacts/artifact.store.js';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';
import { isRemote, RemoteSessions } from '../remote/remote-sessions.service.js';
import { ProfilerBusy, SessionNotRunning, SessionOnOtherInstance, SnapshotRefused } from '../profiler.errors.js';
import { ProfilerSlots, SLOT_NAMES, slotFor } from './profiler-slots.js';
import { ProfilingSessionRepository } from './profiling-session.repository.js';
import { planSession } from './session-plan.js';
import { SessionRunner } from './session-runner.js';
import { toProfilingSession } from './session.mapper.js';
import { ProcessMemory, snapshotHeadroom } from './snapshot-headroom.js';

@Injectable()
export class ProfilingSessionsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Profiler');

  constructor(
    private readonly repository: ProfilingSessionRepository,
    private readonly runner: SessionRunner,
    private readonly store: ArtifactStore,
    private readonly slots: ProfilerSlots,
    private readonly memory: ProcessMemory,
    private readonly remote: RemoteSessions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A previous process of this instance cannot finish what it left running. */
  async onApplicationBootstrap(): Promise<void> {
    const abandoned = await this.repository.failRunning(
      this.config.instanceId,
      'the process running it ended before it stopped',
      this.clock.now(),
    );
    if (abandoned > 0) this.logger.warn(`Marked ${abandoned} abandoned profiling session(s) as failed`);
  }

  async start(request: ProfilingSessionRequest): Promise<ProfilingSession> {
    const { target, ...input } = request;
    // The agent holds its own process to its own maximum duration.
    if (target !== undefined) return toProfilingSession(await this.find((await this.remote.start(target, input)).id));
    const plan = planSession(input, this.config.profiler.maxDurationMs);
    const id = randomUUID();
    const slot = slotFor(plan.type);
    const holder = this.slots.claim(slot, id);
    if (holder !== undefined) throw new ProfilerBusy(SLOT_NAMES[slot], holder);
    try {
      if (plan.type === 'heap-snapshot') {
        const headroom = snapshotHeadroom(this.memory.heapUsedBytes(), this.memory.availableBytes());
        if (!headroom.isEnough) throw new SnapshotRefused(headroom);
      }
      await this.store.prepare();
      const row: ProfilingSessionEntity = {
        id,
        ...plan,
        status: 'running',
        instance: this.config.instanceId,
        startedAt: this.clock.now(),
        stoppedAt: null,
        reason: null,
        artifactPath: null,
        artifactBytes: null,
        artifactContentType: null,
      };
      await this.repository.insert(row);
      await this.runner.begin(row, slot);
      return toProfilingSession(row);
    } catch (error) {
      this.slots.release(slot, id);
      throw error;
    }
  }

  async stop(requestedId: string): Promise<ProfilingSession> {
    const row = await this.find(requestedId);
    // The runner knows a session by the stored id; the request may spell it in upper case.
    const { id } = row;
    if (row.status !== 'running') throw new SessionNotRunning(id, row.status);
    if (isRemote(row)) {
      await this.remote.stop(row);
      return toProfilingSession(await this.find(id));
    }
    if (row.instance !== this.config.instanceId) throw new SessionOnOtherInstance(id, row.instance, 'stop it');
    if (this.runner.isRunningHere(id)) {
      await this.runner.end(id, 'completed');
    } else {
      await this.repository.markStopped(id, {
        status: 'failed',
        stoppedAt: this.clock.now(),
        reason: 'no process of this instance was running it any more',
      });
    }
    return toProfilingSession(await this.find(id));
  }

  /** A running remote session is first brought to its agent's state. */
  async get(id: string): Promise<ProfilingSession> {
    const row = await this.find(id);
    if (row.status !== 'running' || !isRemote(row)) return toProfilingSession(row);
    await this.remote.refresh(row);
    return toProfilingSession(await this.find(row.id));
  }

  async list(query: ProfilingSessionQuery): Promise<ProfilingSessionPage> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.repository.findPage(
      { type: query.type, status: query.status, instance: query.instance, targetId: query.target },
      limit,
      offset,
    );
    return { items: rows.map(toProfilingSession), total, limit, offset };
  }

  /** Cancels a session still running here, then deletes it and its artifact. */
  async remove(requestedId: string): Promise<void> {
    const row = await this.find(requestedId);
    const { id } = row;
    const isOwn = row.instance === this.config.instanceId;
    if (row.status === 'running' && isRemote(row)) await this.remote.cancel(row);
    else if (row.status === 'running' && !isOwn) throw new SessionOnOtherInstance(id, row.instance, 'delete it');
    await this.runner.end(id, 'cancelled', 'deleted');
    // Ending may have raced a completion that wrote an artifact: read the row again.
    const current = (await this.repository.findById(id)) ?? row;
    // Another instance's file goes with that instance's next sweep of rowless files.
    if (isOwn && current.artifactPath) await this.store.remove(current.artifactPath);
    await this.repository.delete(id);
  }

  async find(id: string): Promise<ProfilingSessionEntity> {
    const row = await this.repository.findById(id);
    if (!row) throw new NotFound('profiling session', id);
    return row;
  }
}
