import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PROFILE_TYPES, type AgentProfilerStatus, type ProcessProfilingSession } from '@vigil/types';
import { AgentHttpError } from '../http/agent-error.js';
import type { ResolvedProfilerOptions, ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { ARTIFACT_CONTENT_TYPE, ArtifactStore } from './artifact-store.js';
import type { ProfileCapture } from './capture/profile-capture.js';
import { startCapture } from './capture/start-capture.js';
import { profilerBusy, sessionNotFound, sessionNotRunning, snapshotRefused, artifactUnavailable } from './profiler.errors.js';
import { PROCESS_PROFILER_SLOT } from './profiler-slot.js';
import { SessionHistory } from './session-history.js';
import { planSession } from './session-plan.js';
import { currentMemory, snapshotHeadroom } from './snapshot-headroom.js';

interface Running {
  capture: ProfileCapture;
  timer: NodeJS.Timeout;
  ending?: Promise<void>;
}

/**
 * Profiling sessions of this process, started and stopped over the control endpoints.
 * The stop timer lives here, not in a request, so a session ends at its planned
 * duration whether or not its client is still around.
 */
@Injectable()
export class ProfilingSessions implements OnApplicationShutdown {
  private readonly logger = new Logger('Vigil');
  private readonly limits: ResolvedProfilerOptions | null;
  private readonly history: SessionHistory;
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly store: ArtifactStore,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {
    this.limits = options.profiler;
    this.history = new SessionHistory(this.limits?.keptArtifacts ?? 0);
  }

  async start(body: unknown): Promise<ProcessProfilingSession> {
    const limits = this.requireLimits();
    const plan = planSession(body, limits.maxDurationMs);
    const id = randomUUID();
    const holder = PROCESS_PROFILER_SLOT.claim(id);
    if (holder !== undefined) throw profilerBusy(holder);
    try {
      if (plan.type === 'heap-snapshot') {
        const headroom = snapshotHeadroom(currentMemory(), limits.snapshotHeadroomFactor);
        if (!headroom.isEnough) throw snapshotRefused(headroom, limits.snapshotHeadroomFactor);
      }
      const capture = await startCapture(plan).catch((error: unknown) => {
        throw new AgentHttpError(500, `the inspector did not start the profile: ${(error as Error).message}`);
      });
      const session: ProcessProfilingSession = {
        id,
        ...plan,
        status: 'running',
        instance: this.options.instanceId,
        startedAt: new Date().toISOString(),
        stoppedAt: null,
        durationMs: null,
        artifact: null,
        reason: null,
      };
      // A snapshot is taken right after this answer goes out, since it holds the event loop.
      const timer = setTimeout(() => void this.end(id), plan.plannedDurationMs);
      timer.unref();
      this.running.set(id, { capture, timer });
      this.history.add(session);
      return { ...session };
    } catch (error) {
      PROCESS_PROFILER_SLOT.release(id);
      throw error;
    }
  }

  async stop(id: string): Promise<ProcessProfilingSession> {
    const session = this.find(id);
    if (session.status !== 'running') throw sessionNotRunning(session);
    await this.end(session.id);
    return { ...session };
  }

  get(id: string): ProcessProfilingSession {
    return { ...this.find(id) };
  }

  status(): AgentProfilerStatus {
    const limits = this.requireLimits();
    const running = this.history.running();
    return {
      instanceId: this.options.instanceId,
      running: running ? { ...running } : null,
      sessions: this.history.newestFirst().map((session) => ({ ...session })),
      limits: { maxDurationMs: limits.maxDurationMs, maxArtifactBytes: limits.maxArtifactBytes, keptArtifacts: limits.keptArtifacts },
      types: [...PROFILE_TYPES],
    };
  }

  /** The artifact's path and description, or the reason there is none. */
  artifact(id: string): { path: string; fileName: string; bytes: number; contentType: string } {
    const session = this.find(id);
    if (!session.artifact) throw artifactUnavailable(session);
    return { path: this.store.pathOf(session.artifact.fileName), ...session.artifact };
  }

  async onApplicationShutdown(): Promise<void> {
    for (const [id, run] of this.running) {
      clearTimeout(run.timer);
      run.capture.cancel();
      this.finish(id, 'cancelled', 'the instance shut down');
    }
    this.store.dispose();
  }

  /** Stops a running session and keeps its artifact; a second call waits for the first. Never rejects. */
  private end(id: string): Promise<void> {
    const run = this.running.get(id);
    if (!run) return Promise.resolve();
    run.ending ??= this.complete(id, run);
    return run.ending;
  }

  private async complete(id: string, run: Running): Promise<void> {
    clearTimeout(run.timer);
    const session = this.find(id);
    const fileName = this.store.fileNameFor(id, session.type);
    let writer;
    try {
      writer = this.store.openWriter(fileName);
      await run.capture.stop(writer);
      const bytes = writer.finish();
      session.artifact = { fileName, contentType: ARTIFACT_CONTENT_TYPE, bytes };
      this.finish(id, 'completed', null);
      for (const expired of this.history.expireArtifacts()) this.store.remove(expired);
    } catch (error) {
      run.capture.cancel();
      writer?.discard();
      this.logger.warn(`Profiling session ${id} failed: ${(error as Error).message}`);
      this.finish(id, 'failed', (error as Error).message);
    }
  }

  private finish(id: string, status: 'completed' | 'failed' | 'cancelled', reason: string | null): void {
    const session = this.find(id);
    const stoppedAt = new Date();
    session.status = status;
    session.reason = reason;
    session.stoppedAt = stoppedAt.toISOString();
    session.durationMs = stoppedAt.getTime() - Date.parse(session.startedAt);
    this.running.delete(id);
    PROCESS_PROFILER_SLOT.release(id);
  }

  private find(id: string): ProcessProfilingSession {
    const session = this.history.get(id);
    if (!session) throw sessionNotFound(id);
    return session;
  }

  private requireLimits(): ResolvedProfilerOptions {
    if (!this.limits) throw new AgentHttpError(404, 'remote profiling is off on this instance');
    return this.limits;
  }
}
