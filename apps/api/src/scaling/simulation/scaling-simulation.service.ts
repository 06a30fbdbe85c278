import { Injectable } from '@nestjs/common';
import { defaultScalingMetrics, formatDuration, MAX_SIMULATION_RANGE_MS, MAX_SIMULATION_STEPS, parseDuration, parseRfc3339, type ScalingSimulation, type ScalingSimulationSpec } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { ScalingPoliciesService } from '../policies/scaling-policies.service.js';
import { observedTimeline, replay } from './replay.js';
import { StoredHistoryReader } from './stored-history.reader.js';

/** `POST /api/v1/scaling/simulate`: the current and a proposed policy over the same stored range. */
@Injectable()
export class ScalingSimulationService {
  constructor(
    private readonly policies: ScalingPoliciesService,
    private readonly reader: StoredHistoryReader,
    private readonly clock: Clock,
  ) {}

  async simulate(input: ScalingSimulationSpec): Promise<ScalingSimulation> {
    const now = this.clock.now().getTime();
    const from = parseRfc3339(input.from)!;
    const to = input.to === undefined ? now : parseRfc3339(input.to)!;
    const stepMs = parseDuration(input.step)!;
    const problems = rangeProblems(from, to, stepMs, now);
    if (problems.length > 0) throw new ValidationFailed(problems);

    const current = await this.policies.get(input.service);
    const proposed = { ...input.proposed, metrics: input.proposed.metrics ?? defaultScalingMetrics(current.service) };
    const range = { from, to, stepMs };
    const [currentHistory, proposedHistory] = await Promise.all([
      this.reader.read(current.service, current.metrics, range, now),
      this.reader.read(current.service, proposed.metrics, range, now),
    ]);
    return {
      service: input.service,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      stepMs,
      steps: currentHistory.steps.length,
      resolution: currentHistory.resolution,
      observed: observedTimeline(currentHistory, stepMs),
      current: replay(currentHistory, current, stepMs),
      proposed: replay(proposedHistory, proposed, stepMs),
    };
  }
}

/** A range the replay can serve: in the past, at most 7 days, at most MAX_SIMULATION_STEPS steps. */
function rangeProblems(from: number, to: number, stepMs: number, now: number): { field: string; problem: string }[] {
  if (to > now) return [{ field: 'to', problem: 'must not be in the future' }];
  if (to - from > MAX_SIMULATION_RANGE_MS) return [{ field: 'from', problem: `must be at most ${formatDuration(MAX_SIMULATION_RANGE_MS)} before to` }];
  const steps = Math.ceil((to - from) / stepMs);
  if (steps > MAX_SIMULATION_STEPS) {
    return [{ field: 'step', problem: `gives ${steps} steps, above the limit of ${MAX_SIMULATION_STEPS}; use a step of at least ${formatDuration(Math.ceil((to - from) / MAX_SIMULATION_STEPS / 1_000) * 1_000)}` }];
  }
  return [];
}
