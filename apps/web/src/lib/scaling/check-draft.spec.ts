import { ScalingRecommendationInput } from '@vigil/types';
import { checkDraftOf, checkDraftProblems, EXAMPLE_CHECK, recommendationInputOf, type CheckDraft } from './check-draft';
import { busyService } from './scaling.fixture';

describe('recommendationInputOf', () => {
  it('sends numbers, the default behavior, and leaves empty tolerances out', () => {
    const sent: unknown = JSON.parse(JSON.stringify(recommendationInputOf(EXAMPLE_CHECK)));
    expect(sent).toStrictEqual({ currentReplicas: 3, minReplicas: 1, maxReplicas: 10, behavior: {}, metrics: [{ name: 'cpu', current: 0.9, target: 0.5 }] });
  });

  it('builds a body the contract accepts', () => {
    expect(ScalingRecommendationInput.safeParse(recommendationInputOf(checkDraftOf(busyService))).success).toBe(true);
  });
});

describe('checkDraftOf', () => {
  it('takes a service\'s counts and the metrics that have a value, with their tolerances', () => {
    expect(checkDraftOf(busyService)).toEqual({
      currentReplicas: '3',
      minReplicas: '2',
      maxReplicas: '20',
      metrics: [{ name: 'cpu', current: '0.8125', target: '0.5', scaleUpTolerance: '0.4', scaleDownTolerance: '0.4' }],
    });
  });
});

describe('checkDraftProblems', () => {
  it('names counts and values that are not numbers, and lets tolerances stay empty', () => {
    const draft: CheckDraft = {
      ...EXAMPLE_CHECK,
      maxReplicas: '2.5',
      metrics: [{ name: 'cpu', current: '', target: '0.5', scaleUpTolerance: 'a', scaleDownTolerance: '' }],
    };
    expect(checkDraftProblems(draft)).toEqual([
      { field: 'maxReplicas', problem: 'must be a whole number' },
      { field: 'metrics[0].current', problem: 'must be a number' },
      { field: 'metrics[0].scaleUpTolerance', problem: 'must be a number, or empty for the default' },
    ]);
    expect(checkDraftProblems(EXAMPLE_CHECK)).toEqual([]);
  });
});
