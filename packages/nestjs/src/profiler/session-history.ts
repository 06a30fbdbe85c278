import type { ProcessProfilingSession } from '@vigil/types';

/** Sessions remembered, artifact or not; the oldest finished ones are forgotten past this. */
const MAX_REMEMBERED = 20;

/**
 * The sessions this process ran, oldest first, and the artifact retention: only the
 * newest `keptArtifacts` completed sessions keep their file.
 */
export class SessionHistory {
  private readonly sessions = new Map<string, ProcessProfilingSession>();

  constructor(private readonly keptArtifacts: number) {}

  add(session: ProcessProfilingSession): void {
    this.sessions.set(session.id, session);
    for (const old of this.sessions.values()) {
      if (this.sessions.size <= MAX_REMEMBERED) break;
      if (old.status !== 'running' && old.artifact === null) this.sessions.delete(old.id);
    }
  }

  get(id: string): ProcessProfilingSession | undefined {
    return this.sessions.get(id.toLowerCase());
  }

  running(): ProcessProfilingSession | undefined {
    return [...this.sessions.values()].find((session) => session.status === 'running');
  }

  newestFirst(): ProcessProfilingSession[] {
    return [...this.sessions.values()].reverse();
  }

  /**
   * Drops the artifacts of all but the newest kept ones, returning their file names for
   * deletion; the sessions stay, with the reason their artifact went.
   */
  expireArtifacts(): string[] {
    const withArtifact = this.newestFirst().filter((session) => session.artifact !== null);
    return withArtifact.slice(this.keptArtifacts).flatMap((session) => {
      const fileName = session.artifact?.fileName;
      session.artifact = null;
      session.reason = `artifact deleted: only the ${this.keptArtifacts} newest are kept (profiler.keptArtifacts)`;
      return fileName === undefined ? [] : [fileName];
    });
  }
}
