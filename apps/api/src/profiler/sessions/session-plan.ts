import { PROFILER_DEFAULTS, type FieldProblem, type ProfileType, type ProfilingSessionInput } from '@vigil/types';
import { ValidationFailed } from '../../common/errors/app-error.js';

export interface SessionPlan {
  type: ProfileType;
  label: string | null;
  /** When the session stops itself; 0 for a heap snapshot, which is taken at once. */
  plannedDurationMs: number;
  samplingIntervalUs: number | null;
  samplingIntervalBytes: number | null;
}

/** The rules the DTO's static bounds cannot state; throws naming every field at fault. */
export function planSession(input: ProfilingSessionInput, maxDurationMs: number): SessionPlan {
  const problems: FieldProblem[] = [];
  if (input.durationMs !== undefined) {
    if (input.type === 'heap-snapshot') {
      problems.push({ field: 'durationMs', problem: 'does not apply to heap-snapshot, which is taken at once' });
    } else if (input.durationMs > maxDurationMs) {
      problems.push({ field: 'durationMs', problem: `must be at most ${maxDurationMs} (PROFILER_MAX_DURATION_MS)` });
    }
  }
  if (input.samplingIntervalUs !== undefined && input.type !== 'cpu') {
    problems.push({ field: 'samplingIntervalUs', problem: 'applies to cpu sessions only' });
  }
  if (input.samplingIntervalBytes !== undefined && input.type !== 'heap-sampling') {
    problems.push({ field: 'samplingIntervalBytes', problem: 'applies to heap-sampling sessions only' });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);

  return {
    type: input.type,
    label: input.label ?? null,
    plannedDurationMs: input.type === 'heap-snapshot' ? 0 : (input.durationMs ?? maxDurationMs),
    samplingIntervalUs: input.type === 'cpu' ? (input.samplingIntervalUs ?? PROFILER_DEFAULTS.cpuSamplingIntervalUs) : null,
    samplingIntervalBytes:
      input.type === 'heap-sampling'
        ? (input.samplingIntervalBytes ?? PROFILER_DEFAULTS.heapSamplingIntervalBytes)
        : null,
  };
}
