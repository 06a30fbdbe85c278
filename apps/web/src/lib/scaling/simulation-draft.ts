import { MAX_SIMULATION_RANGE_MS, type FieldProblem, type ScalingSimulationInput } from '@vigil/types';
import { TIME_RANGES, type TimeRangeKey } from '../time-range';
import { policyDraftProblems, policyFieldPaths, policyInputOf, type PolicyDraft } from './policy-draft';

/** The ranges offered, each ending now; `explicit` takes typed from and to times. */
export const SIMULATION_RANGES = ['1h', '6h', '24h', '7d'] as const satisfies readonly TimeRangeKey[];
export type SimulationPreset = (typeof SIMULATION_RANGES)[number];
export type SimulationRange = SimulationPreset | 'explicit';

/**
 * The API measures a range ending now with its own clock, a moment after the page's;
 * a preset reaching back the full 7 days would be refused as longer than that.
 */
const CLOCK_SLACK_MS = 60_000;

/** The range part of the simulator; the proposed policy is a `PolicyDraft`, as in the editor. */
export interface SimulationRangeDraft {
  range: SimulationRange;
  /** RFC 3339, for `explicit` only. */
  from: string;
  /** RFC 3339, for `explicit` only; empty means now. */
  to: string;
  /** A duration such as `1m`: the replay's sync period. */
  step: string;
}

export const DEFAULT_SIMULATION_RANGE: SimulationRangeDraft = { range: '1h', from: '', to: '', step: '1m' };

/** `2026-01-01T10:00:00Z`: whole seconds, as someone would type it. */
function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1_000) * 1_000).toISOString().replace('.000Z', 'Z');
}

function spanOf(preset: SimulationPreset): number {
  return Math.min(TIME_RANGES[preset].spanMs, MAX_SIMULATION_RANGE_MS - CLOCK_SLACK_MS);
}

/** Switching to explicit times for the first time fills them with the window last chosen, ending now, to edit from. */
export function switchSimulationRange(draft: SimulationRangeDraft, range: SimulationRange, now: number): SimulationRangeDraft {
  if (range !== 'explicit' || draft.range === 'explicit' || draft.from.trim() !== '') return { ...draft, range };
  return { ...draft, range, from: rfc3339(now - TIME_RANGES[draft.range].spanMs), to: rfc3339(now) };
}

/**
 * The body of `POST /scaling/simulate`. A preset sends `from` only, so the range ends
 * at the API's now; explicit times go as typed, for the API to check and name. Check
 * `simulationDraftProblems` first.
 */
export function simulationInputOf(service: string, draft: SimulationRangeDraft, policy: PolicyDraft, now: number): ScalingSimulationInput {
  const to = draft.to.trim();
  const window = draft.range === 'explicit' ? { from: draft.from.trim(), ...(to === '' ? {} : { to }) } : { from: new Date(now - spanOf(draft.range)).toISOString() };
  return { service, ...window, step: draft.step.trim(), proposed: policyInputOf(policy) };
}

const PROPOSED = 'proposed';

/** What the page checks before sending, named as the API names it: the policy's fields sit under `proposed`. */
export function simulationDraftProblems(policy: PolicyDraft): FieldProblem[] {
  return policyDraftProblems(policy).map((problem) => ({ ...problem, field: `${PROPOSED}.${problem.field}` }));
}

/** The problems with the proposed policy, as the policy's own fields name them: `proposed.maxReplicas` → `maxReplicas`. */
export function proposedPolicyProblems(problems: readonly FieldProblem[]): FieldProblem[] {
  const prefix = `${PROPOSED}.`;
  return problems.filter((problem) => problem.field.startsWith(prefix)).map((problem) => ({ ...problem, field: problem.field.slice(prefix.length) }));
}

/** Paths the simulator's controls show; the rest go in the list above its button. */
export function simulationFieldPaths(draft: SimulationRangeDraft, policy: PolicyDraft): string[] {
  return ['step', ...(draft.range === 'explicit' ? ['from', 'to'] : []), ...policyFieldPaths(policy).map((path) => `${PROPOSED}.${path}`)];
}
