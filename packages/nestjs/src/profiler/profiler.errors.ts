import type { ProcessProfilingSession } from '@vigil/types';
import { AgentHttpError } from '../http/agent-error.js';
import type { SnapshotHeadroom } from './snapshot-headroom.js';

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round(bytes / MIB)} MiB`;

export const profilerBusy = (holderId: string) =>
  new AgentHttpError(409, `a profiling session is already running in this process: "${holderId}"; stop it or wait for it to end`);

export const snapshotRefused = (headroom: SnapshotHeadroom, factor: number) =>
  new AgentHttpError(
    409,
    `heap snapshot refused: it needs about ${factor} times the used heap (${mib(headroom.heapUsedBytes)}), ` +
      `${mib(headroom.requiredBytes)}, and only ${mib(headroom.availableBytes)} is available below the heap limit and in free memory; ` +
      'a heap-sampling profile shows where memory goes at a fraction of the cost',
  );

export const sessionNotFound = (id: string) => new AgentHttpError(404, `profiling session "${id}" not found on this instance`);

export const sessionNotRunning = (session: ProcessProfilingSession) =>
  new AgentHttpError(409, `profiling session "${session.id}" is ${session.status}, not running`);

/** 410 once retention deleted the file; 409 while there is none yet, or none ever. */
export function artifactUnavailable(session: ProcessProfilingSession): AgentHttpError {
  if (session.status === 'completed') return new AgentHttpError(410, `profiling session "${session.id}" has no artifact any more: ${session.reason}`);
  const why = session.status === 'running' ? 'it is still running' : `it ${session.status}: ${session.reason ?? 'no reason given'}`;
  return new AgentHttpError(409, `profiling session "${session.id}" has no artifact: ${why}`);
}
