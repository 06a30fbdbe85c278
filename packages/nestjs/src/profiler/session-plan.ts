import { PROFILER_DEFAULTS, ProfilingSessionInput, type ProfileType } from '@vigil/types';
import { AgentHttpError } from '../http/agent-error.js';

export interface SessionPlan {
  type: ProfileType;
  label: string | null;
  /** When the session stops itself; 0 for a heap snapshot, which is taken at once. */
  plannedDurationMs: number;
  samplingIntervalUs: number | null;
  samplingIntervalBytes: number | null;
}

const invalid = (problems: string[]) => new AgentHttpError(400, `invalid profiling session: ${problems.join('; ')}`);

/** Checks a start request against the contract and the agent's maximum duration; 400 naming every field at fault. */
export function planSession(body: unknown, maxDurationMs: number): SessionPlan {
  const parsed = ProfilingSessionInput.safeParse(body ?? {});
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'} ${issue.message}`));
  }
  const input = parsed.data;
  const problems: string[] = [];
  if (input.durationMs !== undefined) {
    if (input.type === 'heap-snapshot') problems.push('durationMs does not apply to heap-snapshot, which is taken at once');
    else if (input.durationMs > maxDurationMs) problems.push(`durationMs must be at most ${maxDurationMs} (profiler.maxDurationMs)`);
  }
  if (input.samplingIntervalUs !== undefined && input.type !== 'cpu') problems.push('samplingIntervalUs applies to cpu sessions only');
  if (input.samplingIntervalBytes !== undefined && input.type !== 'heap-sampling') {
    problems.push('samplingIntervalBytes applies to heap-sampling sessions only');
  }
  if (problems.length > 0) throw invalid(problems);
  return {
    type: input.type,
    label: input.label ?? null,
    plannedDurationMs: input.type === 'heap-snapshot' ? 0 : (input.durationMs ?? maxDurationMs),
    samplingIntervalUs: input.type === 'cpu' ? (input.samplingIntervalUs ?? PROFILER_DEFAULTS.cpuSamplingIntervalUs) : null,
    samplingIntervalBytes:
      input.type === 'heap-sampling' ? (input.samplingIntervalBytes ?? PROFILER_DEFAULTS.heapSamplingIntervalBytes) : null,
  };
}
