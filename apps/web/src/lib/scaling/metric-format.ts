import { bandOf, type MetricQueryFunction, type ScalingMetricEvaluation, type ScalingMetricSource, type ServiceScalingMetric } from '@vigil/types';

/**
 * How a scaling metric's values read. Values arrive in the source's base unit: a
 * `_ratio` source (or a `ratioOf` share) is 0–1 and reads as percent, a `_seconds`
 * source reads as milliseconds, anything else as the bare number.
 */
export type ScalingMetricUnit = 'ratio' | 'seconds' | 'plain';

/** Display value = base value × scale, so a form can take "70" for 0.7. */
export const UNIT_SCALE: Record<ScalingMetricUnit, number> = { ratio: 100, seconds: 1_000, plain: 1 };
export const UNIT_SYMBOL: Record<ScalingMetricUnit, string> = { ratio: '%', seconds: 'ms', plain: '' };

/** These count samples or changes: a `_seconds` histogram's rate is requests per second, not seconds. */
const COUNTING: readonly MetricQueryFunction[] = ['count', 'rate', 'increase'];

export function unitOfSource(source: Pick<ScalingMetricSource, 'metric' | 'aggregation' | 'ratioOf'>): ScalingMetricUnit {
  if (source.ratioOf !== undefined) return 'ratio';
  if (COUNTING.includes(source.aggregation)) return 'plain';
  if (source.metric.endsWith('_ratio')) return 'ratio';
  if (source.metric.endsWith('_seconds')) return 'seconds';
  return 'plain';
}

/** Four significant digits without float noise: 0.5 × 1.4 reads 70, not 70.00000000000001. */
export function readableNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** "70%", "2000 ms", "100"; a dash for a value the API could not compute. */
export function formatMetricValue(value: number | null, unit: ScalingMetricUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = readableNumber(value * UNIT_SCALE[unit]);
  switch (unit) {
    case 'ratio':
      return `${text}%`;
    case 'seconds':
      return `${text} ms`;
    case 'plain':
      return text;
  }
}

export type MetricThresholds = Pick<ServiceScalingMetric, 'target' | 'scaleUpTolerance' | 'scaleDownTolerance'>;

export function thresholdsOf(evaluation: Pick<ScalingMetricEvaluation, 'target' | 'tolerance'>): MetricThresholds {
  return { target: evaluation.target, scaleUpTolerance: evaluation.tolerance.scaleUp, scaleDownTolerance: evaluation.tolerance.scaleDown };
}

/** "scale up above 70%, down below 30%": where the HPA starts to act. */
export function describeBand(thresholds: MetricThresholds, unit: ScalingMetricUnit): string {
  const { up, down } = bandOf(thresholds);
  const upText = `scale up above ${formatMetricValue(up, unit)}`;
  // From a tolerance of 1 the band's floor is at or below 0, which no value goes under.
  if (thresholds.scaleDownTolerance >= 1) return `${upText}, never down`;
  return `${upText}, down below ${formatMetricValue(down, unit)}`;
}

/** "target 50%, tolerance 0.4", as the HPA's spec writes the same band. */
export function describeTarget(thresholds: MetricThresholds, unit: ScalingMetricUnit): string {
  const { target, scaleUpTolerance, scaleDownTolerance } = thresholds;
  const up = readableNumber(scaleUpTolerance);
  const down = readableNumber(scaleDownTolerance);
  const tolerance = up === down ? `tolerance ${up}` : `tolerance ${up} up, ${down} down`;
  return `target ${formatMetricValue(target, unit)}, ${tolerance}`;
}

/** current / target: "1.40×" means 40 % above the target. */
export function formatUsageRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${ratio.toFixed(2)}×`;
}
