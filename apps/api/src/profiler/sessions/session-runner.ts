import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { ArtifactRetention } from '../artifacts/artifact-retention.service.js';
import { ARTIFACT_CONTENT_TYPE, ArtifactStore } from '../artifacts/artifact.store.js';
import { startCapture, type ProfileCapture } from '../capture/profile-capture.js';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';
import { ProfilerMetrics } from '../profiler.metrics.js';
import { ProfilerSlots, type ProfilerSlot } from './profiler-slots.js';
import { ProfilingSessionRepository } from './profiling-session.repository.js';

interface RunningSession {
  row: ProfilingSessionEntity;
  slot: ProfilerSlot;
  capture: ProfileCapture;
  timer: NodeJS.Timeout;
  ending?: Promise<void>;
}

export type SessionOutcome = 'completed' | 'cancelled';

/**
 * The sessions this process is running: their inspector captures and the timers that
 * stop them at their planned duration. The timer lives here, not in a request, so a
 * session stops on time whether or not its client is still around.
 */
@Injectable()
export class SessionRunner implements OnModuleDestroy {
  private readonly logger = new Logger('Profiler');
  private readonly running = new Map<string, RunningSession>();

  constructor(
    private readonly repository: ProfilingSessionRepository,
    private readonly store: ArtifactStore,
    private readonly retention: ArtifactRetention,
    private readonly slots: ProfilerSlots,
    private readonly metrics: ProfilerMetrics,
    private readonly clock: Clock,
  ) {}

  isRunningHere(id: string): boolean {
    return this.running.has(id);
  }

  /**
   * Starts the capture of an inserted row; from here on the runner releases the slot.
   * When the inspector refuses, the row is marked failed and the error rethrown.
   */
  async begin(row: ProfilingSessionEntity, slot: ProfilerSlot): Promise<void> {
    let capture: ProfileCapture;
    try {
      capture = await startCapture(row.type, row);
    } catch (error) {
      await this.repository.markStopped(row.id, { status: 'failed', stoppedAt: this.clock.now(), reason: (error as Error).message });
      throw error;
    }
    const timer = setTimeout(() => void this.end(row.id, 'completed'), row.plannedDurationMs);
    timer.unref();
    this.running.set(row.id, { row, slot, capture, timer });
    this.metrics.activeSessions.inc({ type: row.type });
  }

  /** Stops a session running here; a second call waits for the first. Never rejects. */
  end(id: string, outcome: SessionOutcome, reason?: string): Promise<void> {
    const session = this.running.get(id);
    if (!session) return Promise.resolve();
    session.ending ??= this.finish(session, outcome, reason);
    return session.ending;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.end(id, 'cancelled', 'the instance shut down')));
  }

  private async finish(session: RunningSession, outcome: SessionOutcome, reason?: string): Promise<void> {
    const { row } = session;
    clearTimeout(session.timer);
    let isCompleted = false;
    try {
      if (outcome === 'cancelled') {
        session.capture.cancel();
        await this.repository.markStopped(row.id, { status: 'cancelled', stoppedAt: this.clock.now(), reason });
      } else {
        await this.complete(session);
        isCompleted = true;
      }
    } catch (error) {
      session.capture.cancel();
      const message = (error as Error).message;
      this.logger.warn(`Profiling session ${row.id} failed: ${message}`);
      await this.repository
        .markStopped(row.id, { status: 'failed', stoppedAt: this.clock.now(), reason: message })
        .catch((markError: unknown) => this.logger.error(`Could not record the failure of ${row.id}: ${String(markError)}`));
    } finally {
      this.running.delete(row.id);
      this.slots.release(session.slot, row.id);
      this.metrics.activeSessions.dec({ type: row.type });
    }
    if (isCompleted) {
      await this.retention
        .enforceCount()
        .catch((error: unknown) => this.logger.error(`Artifact count cap failed: ${String(error)}`));
    }
  }

  private async complete(session: RunningSession): Promise<void> {
    const { row } = session;
    const fileName = this.store.fileNameFor(row.id, row.type);
    const writer = this.store.openWriter(fileName);
    try {
      await session.capture.stop(writer);
    } catch (error) {
      writer.discard();
      throw error;
    }
    const bytes = writer.finish();
    await this.repository.markStopped(row.id, {
      status: 'completed',
      stoppedAt: this.clock.now(),
      artifact: { path: fileName, bytes, contentType: ARTIFACT_CONTENT_TYPE },
    });
  }
}
