import type { CustomMetricSample, FieldProblem } from '@vigil/types';
import { parseTime } from '@vigil/types';

export interface CustomMetricLimits {
  maxBatch: number;
  maxLabels: number;
  maxLabelValueLength: number;
  maxNameLength: number;
}

/** Samples may be this far in the past or future (clock skew), no further. */
export const MAX_PAST_MS = 3_600_000;
export const MAX_FUTURE_MS = 300_000;

/** When a sample happened: its timestamp (Unix ms or RFC 3339), else `now`. */
export function sampleTime(sample: CustomMetricSample, now: number): number {
  if (sample.timestamp === undefined) return now;
  return typeof sample.timestamp === 'number' ? sample.timestamp : (parseTime(sample.timestamp) ?? now);
}

/**
 * The caps this instance is configured with, and the accepted time window, for a
 * batch the schema already accepted. Each problem names `[index].field`. Checks that
 * need the registry (type conflicts, series caps) happen in CustomMetricsService.
 */
export function batchLimitProblems(samples: readonly CustomMetricSample[], limits: CustomMetricLimits, now: number): FieldProblem[] {
  if (samples.length > limits.maxBatch) {
    return [{ field: 'body', problem: `holds ${samples.length} samples, above the limit of ${limits.maxBatch}` }];
  }
  const problems: FieldProblem[] = [];
  samples.forEach((sample, index) => {
    const at = (field: string, problem: string) => problems.push({ field: `[${index}].${field}`, problem });
    if (sample.name.length > limits.maxNameLength) at('name', `is longer than ${limits.maxNameLength} characters`);
    const labels = Object.entries(sample.labels ?? {});
    if (labels.length > limits.maxLabels) at('labels', `has ${labels.length} labels, above the limit of ${limits.maxLabels}`);
    for (const [name, value] of labels) {
      if (value.length > limits.maxLabelValueLength) at(`labels.${name}`, `is longer than ${limits.maxLabelValueLength} characters`);
    }
    const ms = sampleTime(sample, now);
    if (ms < now - MAX_PAST_MS || ms > now + MAX_FUTURE_MS) at('timestamp', 'must be within the last hour (or 5 minutes ahead)');
  });
  return problems;
}
