import { SCALING_LIMIT_REASONS, STABILIZATION_REASONS } from '@vigil/types';
import { describeDecision, describeLimit, describeStabilization } from './scaling-reasons';

describe('describeLimit', () => {
  it('words every limit reason, each differently', () => {
    const words = SCALING_LIMIT_REASONS.map(describeLimit);
    expect(words.every((text) => text.length > 0)).toBe(true);
    expect(new Set(words).size).toBe(SCALING_LIMIT_REASONS.length);
  });

  it('names the policy or the bound that held the count', () => {
    expect(describeLimit('ScaleUpLimit')).toBe('held by the scale-up policy');
    expect(describeLimit('ScaleDownLimit')).toBe('held by the scale-down policy');
    expect(describeLimit('TooManyReplicas')).toBe('capped at the maximum replicas');
    expect(describeLimit('TooFewReplicas')).toBe('raised to the minimum replicas');
    expect(describeLimit('WithinTolerance')).toBe('every metric within tolerance');
  });
});

describe('describeStabilization', () => {
  it('words both stabilization reasons, each differently', () => {
    const words = STABILIZATION_REASONS.map(describeStabilization);
    expect(words).toEqual(['held by the scale-up stabilization window', 'held by the scale-down stabilization window']);
  });
});

describe('describeDecision', () => {
  it('names the limit alone when no stabilization window changed the proposal', () => {
    expect(describeDecision('DesiredWithinRange', null)).toBe('as the metrics ask, within the replica bounds');
  });

  it('names the window instead of "as the metrics ask" when the window held the count', () => {
    expect(describeDecision('DesiredWithinRange', 'ScaleDownStabilized')).toBe('held by the scale-down stabilization window');
  });

  it('names the window, then the limit applied after it', () => {
    expect(describeDecision('TooManyReplicas', 'ScaleUpStabilized')).toBe(
      'held by the scale-up stabilization window, then capped at the maximum replicas',
    );
  });
});
