import {
  bandOf,
  targetOfBand,
  type FieldProblem,
  type ScalingBehavior,
  type SelectPolicy,
  type ScalingWorkload,
  type ServiceScalingMetric,
  type ServiceScalingPolicy,
  type ServiceScalingPolicyInput,
} from '@vigil/types';
import { UNIT_SCALE, unitOfSource, type MetricThresholds, type ScalingMetricUnit } from './metric-format';
import { numberDraftOf, readNumber, readWholeNumber, type NumberDraft } from './number-draft';

/** A metric's thresholds as the HPA writes them (target and tolerances) or as the band they make. */
export type ThresholdForm = 'target' | 'band';

/** Target and band values are in the unit the form shows (percent, ms); tolerances are plain shares. */
export interface MetricDraft {
  /** The stored metric: its name and source go back unchanged. */
  stored: ServiceScalingMetric;
  unit: ScalingMetricUnit;
  form: ThresholdForm;
  target: NumberDraft;
  scaleUpTolerance: NumberDraft;
  scaleDownTolerance: NumberDraft;
  up: NumberDraft;
  down: NumberDraft;
}

export interface DirectionDraft {
  stabilizationWindowSeconds: string;
  selectPolicy: SelectPolicy;
}

export interface PolicyDraft {
  minReplicas: string;
  maxReplicas: string;
  /** The stored behavior: the rate policies and direction tolerances the form does not show go back unchanged. */
  behavior: ScalingBehavior;
  /** The stored workload the executor scales: the form does not edit it, a save keeps it. */
  workload: ScalingWorkload | null;
  scaleUp: DirectionDraft;
  scaleDown: DirectionDraft;
  metrics: MetricDraft[];
}

export const DIRECTIONS = ['scaleUp', 'scaleDown'] as const;
export type Direction = (typeof DIRECTIONS)[number];

function metricDraftOf(metric: ServiceScalingMetric): MetricDraft {
  const unit = unitOfSource(metric.source);
  const scale = UNIT_SCALE[unit];
  const band = bandOf(metric);
  return {
    stored: metric,
    unit,
    form: 'target',
    target: numberDraftOf(metric.target, scale),
    scaleUpTolerance: numberDraftOf(metric.scaleUpTolerance),
    scaleDownTolerance: numberDraftOf(metric.scaleDownTolerance),
    up: numberDraftOf(band.up, scale),
    down: numberDraftOf(band.down, scale),
  };
}

export function policyDraftOf(policy: ServiceScalingPolicy): PolicyDraft {
  const direction = (direction: Direction): DirectionDraft => ({
    stabilizationWindowSeconds: String(policy.behavior[direction].stabilizationWindowSeconds),
    selectPolicy: policy.behavior[direction].selectPolicy,
  });
  return {
    minReplicas: String(policy.minReplicas),
    maxReplicas: String(policy.maxReplicas),
    behavior: policy.behavior,
    workload: policy.workload,
    scaleUp: direction('scaleUp'),
    scaleDown: direction('scaleDown'),
    metrics: policy.metrics.map(metricDraftOf),
  };
}

function targetFormThresholds(metric: MetricDraft): MetricThresholds | null {
  const target = readNumber(metric.target, UNIT_SCALE[metric.unit]);
  const scaleUpTolerance = readNumber(metric.scaleUpTolerance);
  const scaleDownTolerance = readNumber(metric.scaleDownTolerance);
  if (target === null || scaleUpTolerance === null || scaleDownTolerance === null) return null;
  return { target, scaleUpTolerance, scaleDownTolerance };
}

function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The thresholds the draft stands for in its current form. A band has many targets
 * (the target also sets how many replicas a metric asks for), so while the band is the
 * one the target fields make, those are kept; only a changed band becomes its midpoint.
 */
export function thresholdsOfDraft(metric: MetricDraft): MetricThresholds | null {
  const fromTarget = targetFormThresholds(metric);
  if (metric.form === 'target') return fromTarget;
  const scale = UNIT_SCALE[metric.unit];
  const up = readNumber(metric.up, scale);
  const down = readNumber(metric.down, scale);
  if (up === null || down === null) return null;
  if (fromTarget) {
    const band = bandOf(fromTarget);
    if (isClose(band.up, up) && isClose(band.down, down)) return fromTarget;
  }
  return targetOfBand({ up, down });
}

/** Switches the form, carrying the values over; values that are not numbers yet stay as typed. */
export function switchThresholdForm(metric: MetricDraft, form: ThresholdForm): MetricDraft {
  if (metric.form === form) return metric;
  const thresholds = thresholdsOfDraft(metric);
  if (!thresholds) return { ...metric, form };
  const scale = UNIT_SCALE[metric.unit];
  if (form === 'target') {
    return {
      ...metric,
      form,
      target: numberDraftOf(thresholds.target, scale),
      scaleUpTolerance: numberDraftOf(thresholds.scaleUpTolerance),
      scaleDownTolerance: numberDraftOf(thresholds.scaleDownTolerance),
    };
  }
  const band = bandOf(thresholds);
  return { ...metric, form, up: numberDraftOf(band.up, scale), down: numberDraftOf(band.down, scale) };
}

const metricPath = (index: number, field: string) => `metrics[${index}].${field}`;

function metricProblems(metric: MetricDraft, index: number): FieldProblem[] {
  const scale = UNIT_SCALE[metric.unit];
  if (metric.form === 'target') {
    const fields = [
      ['target', readNumber(metric.target, scale)],
      ['scaleUpTolerance', readNumber(metric.scaleUpTolerance)],
      ['scaleDownTolerance', readNumber(metric.scaleDownTolerance)],
    ] as const;
    return fields.filter(([, value]) => value === null).map(([field]) => ({ field: metricPath(index, field), problem: 'must be a number' }));
  }
  const up = readNumber(metric.up, scale);
  const down = readNumber(metric.down, scale);
  const problems: FieldProblem[] = [];
  if (up === null) problems.push({ field: metricPath(index, 'band.up'), problem: 'must be a number' });
  if (down === null) problems.push({ field: metricPath(index, 'band.down'), problem: 'must be a number' });
  else if (down < 0) problems.push({ field: metricPath(index, 'band.down'), problem: 'must be at least 0' });
  if (up !== null && down !== null && up <= down) {
    problems.push({ field: metricPath(index, 'band.up'), problem: 'must be above the scale-down threshold' });
  }
  return problems;
}

/** Paths the policy's controls show; the rest (a metric's source, the rate policies) go in the list above a form's buttons. */
export function policyFieldPaths(draft: PolicyDraft): string[] {
  return [
    'minReplicas',
    'maxReplicas',
    ...DIRECTIONS.flatMap((direction) => [`behavior.${direction}.stabilizationWindowSeconds`, `behavior.${direction}.selectPolicy`]),
    ...draft.metrics.flatMap((_, index) => ['target', 'scaleUpTolerance', 'scaleDownTolerance', 'band'].map((field) => metricPath(index, field))),
  ];
}

/** What the page checks before sending: text that is not a number would go out as 0 or null. */
export function policyDraftProblems(draft: PolicyDraft): FieldProblem[] {
  const wholeNumbers = [
    ['minReplicas', draft.minReplicas],
    ['maxReplicas', draft.maxReplicas],
    ...DIRECTIONS.map((direction) => [`behavior.${direction}.stabilizationWindowSeconds`, draft[direction].stabilizationWindowSeconds] as const),
  ] as const;
  return [
    ...wholeNumbers.filter(([, text]) => readWholeNumber(text) === null).map(([field]) => ({ field, problem: 'must be a whole number' })),
    ...draft.metrics.flatMap(metricProblems),
  ];
}

/** The full PUT body: the stored policy with the edited fields on top. Check `policyDraftProblems` first. */
export function policyInputOf(draft: PolicyDraft): ServiceScalingPolicyInput {
  const direction = (name: Direction) => ({
    ...draft.behavior[name],
    stabilizationWindowSeconds: readWholeNumber(draft[name].stabilizationWindowSeconds) ?? Number.NaN,
    selectPolicy: draft[name].selectPolicy,
  });
  return {
    minReplicas: readWholeNumber(draft.minReplicas) ?? Number.NaN,
    maxReplicas: readWholeNumber(draft.maxReplicas) ?? Number.NaN,
    behavior: { scaleUp: direction('scaleUp'), scaleDown: direction('scaleDown') },
    metrics: draft.metrics.map((metric) => ({ ...metric.stored, ...(thresholdsOfDraft(metric) ?? {}) })),
    ...(draft.workload ? { workload: draft.workload } : {}),
  };
}
