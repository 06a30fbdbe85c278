import type { FieldProblem, ScalingRecommendationInput, ScalingServiceStatus } from '@vigil/types';
import { readWholeNumber } from './number-draft';

/** One metric of the check, in the metric's own unit (0.7 for 70 % CPU). Empty tolerances take the default. */
export interface CheckMetricDraft {
  name: string;
  current: string;
  target: string;
  scaleUpTolerance: string;
  scaleDownTolerance: string;
}

export interface CheckDraft {
  currentReplicas: string;
  minReplicas: string;
  maxReplicas: string;
  metrics: CheckMetricDraft[];
}

export const EMPTY_CHECK_METRIC: CheckMetricDraft = { name: '', current: '', target: '', scaleUpTolerance: '', scaleDownTolerance: '' };

export const EXAMPLE_CHECK: CheckDraft = {
  currentReplicas: '3',
  minReplicas: '1',
  maxReplicas: '10',
  metrics: [{ name: 'cpu', current: '0.9', target: '0.5', scaleUpTolerance: '', scaleDownTolerance: '' }],
};

const shown = (value: number) => String(Number(value.toPrecision(6)));

/** A service's live numbers; metrics without a current value are left out, as they cannot be checked. */
export function checkDraftOf(status: ScalingServiceStatus): CheckDraft {
  const metrics = status.metrics.flatMap((metric) =>
    metric.current === null
      ? []
      : [
          {
            name: metric.name,
            current: shown(metric.current),
            target: shown(metric.target),
            scaleUpTolerance: shown(metric.tolerance.scaleUp),
            scaleDownTolerance: shown(metric.tolerance.scaleDown),
          },
        ],
  );
  return {
    currentReplicas: String(status.currentReplicas),
    minReplicas: String(status.minReplicas),
    maxReplicas: String(status.maxReplicas),
    metrics: metrics.length > 0 ? metrics : [EMPTY_CHECK_METRIC],
  };
}

const numberOf = (text: string): number | null => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null);

/** What the page checks before sending: text that is not a number would go out as 0 or null. */
export function checkDraftProblems(draft: CheckDraft): FieldProblem[] {
  const counts = (['currentReplicas', 'minReplicas', 'maxReplicas'] as const)
    .filter((field) => readWholeNumber(draft[field]) === null)
    .map((field) => ({ field, problem: 'must be a whole number' }));
  const metrics = draft.metrics.flatMap((metric, index) => [
    ...(['current', 'target'] as const)
      .filter((field) => numberOf(metric[field]) === null)
      .map((field) => ({ field: `metrics[${index}].${field}`, problem: 'must be a number' })),
    ...(['scaleUpTolerance', 'scaleDownTolerance'] as const)
      .filter((field) => metric[field].trim() !== '' && numberOf(metric[field]) === null)
      .map((field) => ({ field: `metrics[${index}].${field}`, problem: 'must be a number, or empty for the default' })),
  ]);
  return [...counts, ...metrics];
}

/**
 * The recommend body. `behavior: {}` asks for the HPA's default rules, as every stored
 * policy has; no history makes it a new autoscaler, which waits a full scale-down
 * window before it scales down. Check `checkDraftProblems` first.
 */
export function recommendationInputOf(draft: CheckDraft): ScalingRecommendationInput {
  const tolerance = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return {
    currentReplicas: readWholeNumber(draft.currentReplicas) ?? Number.NaN,
    minReplicas: readWholeNumber(draft.minReplicas) ?? Number.NaN,
    maxReplicas: readWholeNumber(draft.maxReplicas) ?? Number.NaN,
    behavior: {},
    metrics: draft.metrics.map((metric) => ({
      name: metric.name.trim(),
      current: numberOf(metric.current) ?? Number.NaN,
      target: numberOf(metric.target) ?? Number.NaN,
      scaleUpTolerance: tolerance(metric.scaleUpTolerance),
      scaleDownTolerance: tolerance(metric.scaleDownTolerance),
    })),
  };
}
