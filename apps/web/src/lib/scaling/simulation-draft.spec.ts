import { MAX_SIMULATION_RANGE_MS, ScalingSimulationInput } from '@vigil/types';
import { policyDraftOf, type PolicyDraft } from './policy-draft';
import { seededPolicy } from './scaling.fixture';
import {
  DEFAULT_SIMULATION_RANGE,
  proposedPolicyProblems,
  simulationDraftProblems,
  simulationFieldPaths,
  simulationInputOf,
  switchSimulationRange,
  type SimulationRangeDraft,
} from './simulation-draft';

const now = Date.parse('2026-01-08T12:00:00.250Z');
const seeded = policyDraftOf(seededPolicy);

describe('simulationInputOf', () => {
  it('sends a preset as a from time only, so the range ends at the API\'s now, with the proposed policy in full', () => {
    const input = simulationInputOf('vigil', DEFAULT_SIMULATION_RANGE, { ...seeded, maxReplicas: '5' }, now);
    expect(input).toEqual({
      service: 'vigil',
      from: '2026-01-08T11:00:00.250Z',
      step: '1m',
      proposed: { minReplicas: 2, maxReplicas: 5, behavior: seededPolicy.behavior, metrics: seededPolicy.metrics },
    });
    expect(ScalingSimulationInput.safeParse(input).success).toBe(true);
  });

  it('keeps the 7-day preset inside the longest range the API replays, with room for the API clock to be ahead', () => {
    const input = simulationInputOf('vigil', { ...DEFAULT_SIMULATION_RANGE, range: '7d' }, seeded, now);
    const span = now - Date.parse(input.from);
    expect(span).toBeLessThan(MAX_SIMULATION_RANGE_MS);
    expect(span).toBeGreaterThan(MAX_SIMULATION_RANGE_MS - 5 * 60_000);
  });

  it('sends explicit times as typed, trimmed, and leaves an empty to out for now', () => {
    const draft: SimulationRangeDraft = { range: 'explicit', from: ' 2026-01-08T10:00:00Z ', to: '', step: ' 30s ' };
    expect(simulationInputOf('vigil', draft, seeded, now)).toMatchObject({ from: '2026-01-08T10:00:00Z', step: '30s' });
    expect(simulationInputOf('vigil', draft, seeded, now)).not.toHaveProperty('to');
    expect(simulationInputOf('vigil', { ...draft, to: '2026-01-08T11:00:00Z' }, seeded, now).to).toBe('2026-01-08T11:00:00Z');
  });
});

describe('switchSimulationRange', () => {
  it('fills explicit times with the window chosen before, in whole seconds, ending now', () => {
    const explicit = switchSimulationRange({ ...DEFAULT_SIMULATION_RANGE, range: '6h' }, 'explicit', now);
    expect(explicit).toEqual({ range: 'explicit', from: '2026-01-08T06:00:00Z', to: '2026-01-08T12:00:00Z', step: '1m' });
  });

  it('keeps times typed earlier when switching back to explicit', () => {
    const typed: SimulationRangeDraft = { range: '1h', from: '2026-01-01T00:00:00Z', to: '', step: '1m' };
    expect(switchSimulationRange(typed, 'explicit', now)).toEqual({ ...typed, range: 'explicit' });
    expect(switchSimulationRange({ ...typed, range: 'explicit' }, '24h', now)).toEqual({ ...typed, range: '24h' });
  });
});

describe('simulationDraftProblems', () => {
  it('names the proposed policy\'s fields as the API does', () => {
    const draft: PolicyDraft = { ...seeded, maxReplicas: 'five' };
    expect(simulationDraftProblems(draft)).toEqual([{ field: 'proposed.maxReplicas', problem: 'must be a whole number' }]);
    expect(simulationDraftProblems(seeded)).toEqual([]);
  });
});

describe('proposedPolicyProblems', () => {
  it('keeps the problems under proposed, named as the policy\'s own fields', () => {
    const problems = [
      { field: 'from', problem: 'must be an RFC 3339 time such as 2026-01-01T00:00:00Z' },
      { field: 'proposed.maxReplicas', problem: 'must be at least minReplicas (5)' },
      { field: 'proposed.metrics[0].target', problem: 'must be a number above 0' },
      { field: 'proposedX', problem: 'is not a known field' },
    ];
    expect(proposedPolicyProblems(problems)).toEqual([
      { field: 'maxReplicas', problem: 'must be at least minReplicas (5)' },
      { field: 'metrics[0].target', problem: 'must be a number above 0' },
    ]);
  });
});

describe('simulationFieldPaths', () => {
  it('claims from and to only while explicit times are shown, and the policy\'s fields under proposed', () => {
    expect(simulationFieldPaths(DEFAULT_SIMULATION_RANGE, seeded)).not.toContain('from');
    const paths = simulationFieldPaths({ ...DEFAULT_SIMULATION_RANGE, range: 'explicit' }, seeded);
    expect(paths).toEqual(expect.arrayContaining(['step', 'from', 'to', 'proposed.maxReplicas', 'proposed.metrics[4].band']));
  });
});
