import type { ProfilingStatus } from '@vigil/types';
import { AppError } from '../common/errors/app-error.js';
import type { SnapshotHeadroom } from './sessions/snapshot-headroom.js';

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round(bytes / MIB)} MiB`;

/** Another profile of the same kind holds the process' profiler. */
export class ProfilerBusy extends AppError {
  constructor(what: string, sessionId: string) {
    super('CONFLICT', `a ${what} is already running on this instance: profiling session "${sessionId}"; stop it or wait for it to end`);
  }
}

/** Profilers and artifacts are local to the process that runs them. */
export class SessionOnOtherInstance extends AppError {
  constructor(id: string, instance: string, action: string) {
    super('CONFLICT', `profiling session "${id}" belongs to instance "${instance}"; ${action} on that instance`);
  }
}

export class SessionNotRunning extends AppError {
  constructor(id: string, status: ProfilingStatus) {
    super('CONFLICT', `profiling session "${id}" is ${status}, not running`);
  }
}

export class ArtifactUnavailable extends AppError {
  constructor(id: string, why: string) {
    super('CONFLICT', `profiling session "${id}" has no artifact to offer: ${why}`);
  }
}

export class AnalysisUnavailable extends AppError {
  constructor(id: string, why: string) {
    super('CONFLICT', `profiling session "${id}" cannot be analysed: ${why}`);
  }
}

export class SnapshotRefused extends AppError {
  constructor(headroom: SnapshotHeadroom) {
    super(
      'CONFLICT',
      `heap snapshot refused: it needs about twice the used heap (${mib(headroom.heapUsedBytes)}) in free memory, ` +
        `${mib(headroom.requiredBytes)}, and only ${mib(headroom.availableBytes)} is available; ` +
        'a heap-sampling profile shows where memory goes at a fraction of the cost',
    );
  }
}

/** Not an HTTP error: the session that produced the artifact fails with this as its reason. */
export class ArtifactTooLarge extends Error {
  constructor(bytes: number, maxBytes: number) {
    super(`the artifact reached ${bytes} bytes, over PROFILER_MAX_ARTIFACT_BYTES (${maxBytes}); nothing was kept`);
    this.name = 'ArtifactTooLarge';
  }
}
