import type { CustomMetricSample, FieldProblem } from '@vigil/types';
import { isObject } from '../../common/is-object.js';
import { LABEL_NAME, METRIC_NAME, parseTime } from '../../common/validation/formats.js';

export interface CustomMetricLimits {
  maxBatch: number;
  maxLabels: number;
  maxLabelValueLength: number;
}

/** Samples may be this far in the past or future (clock skew), no further. */
export const MAX_PAST_MS = 3_600_000;
export const MAX_FUTURE_MS = 300_000;


/**
 * Structural checks of one `POST /api/v1/metrics` batch, against the Prometheus data
 * model and the configured caps. Each problem names `[index].field`. Checks that need
 * the registry (type conflicts, series caps) happen in CustomMetricsService.
 */
export function validateCustomBatch(body: unknown, limits: CustomMetricLimits, now: number): FieldProblem[] {
  if (!Array.isArray(body)) return [{ field: 'body', problem: 'must be a JSON array of samples' }];
  if (body.length === 0) return [{ field: 'body', problem: 'must hold at least one sample' }];
  if (body.length > limits.maxBatch) {
    return [{ field: 'body', problem: `holds ${body.length} samples, above the limit of ${limits.maxBatch}` }];
  }
  const problems: FieldProblem[] = [];
  body.forEach((sample: unknown, index) => {
    const at = (field: string, problem: string) => problems.push({ field: `[${index}].${field}`, problem });
    if (!isObject(sample)) return at('sample', 'must be an object');
    const allowed = new Set(['name', 'type', 'value', 'labels', 'timestamp']);
    for (const key of Object.keys(sample)) if (!allowed.has(key)) at(key, 'is not a known field');
    const { name, type, value, labels, timestamp } = sample as Partial<Record<keyof CustomMetricSample, unknown>>;
    if (typeof name !== 'string' || !METRIC_NAME.test(name)) at('name', 'must match [a-zA-Z_:][a-zA-Z0-9_:]*');
    else if (name.startsWith('vigil_') || name.startsWith('__')) at('name', 'must not start with vigil_ or __ (reserved)');
    if (type !== 'counter' && type !== 'gauge') at('type', 'must be counter or gauge');
    if (typeof value !== 'number' || !Number.isFinite(value)) at('value', 'must be a finite number');
    else if (type === 'counter' && value < 0) at('value', 'must be ≥ 0 for a counter (it is an increment)');
    if (labels !== undefined) {
      if (!isObject(labels)) at('labels', 'must be an object of string values');
      else {
        const entries = Object.entries(labels);
        if (entries.length > limits.maxLabels) at('labels', `has ${entries.length} labels, above the limit of ${limits.maxLabels}`);
        for (const [key, labelValue] of entries) {
          if (!LABEL_NAME.test(key) || key.startsWith('__')) at(`labels.${key}`, 'name must match [a-zA-Z_][a-zA-Z0-9_]* and not start with __');
          else if (key === 'instance') at('labels.instance', 'is set by Vigil');
          if (typeof labelValue !== 'string') at(`labels.${key}`, 'must be a string');
          else if (labelValue.length > limits.maxLabelValueLength) {
            at(`labels.${key}`, `is longer than ${limits.maxLabelValueLength} characters`);
          }
        }
      }
    }
    if (timestamp !== undefined) {
      const ms = typeof timestamp === 'number' ? timestamp : typeof timestamp === 'string' ? parseTime(timestamp) : undefined;
      if (ms === undefined || !Number.isFinite(ms)) at('timestamp', 'must be Unix milliseconds or RFC 3339');
      else if (ms < now - MAX_PAST_MS || ms > now + MAX_FUTURE_MS) at('timestamp', 'must be within the last hour (or 5 minutes ahead)');
    }
  });
  return problems;
}
