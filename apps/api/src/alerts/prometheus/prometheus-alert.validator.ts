import type { FieldProblem, PrometheusAlert } from '@vigil/types';
import { isObject, Problems } from '../validation/field-checks.js';

const LABEL_LIMITS = { maxEntries: 64, maxValueLength: 1_024 };

/** Checks a `POST /api/v2/alerts` body: an array of what Prometheus sends an Alertmanager. */
export function validatePostedAlerts(body: unknown, maxAlerts: number): { alerts?: PrometheusAlert[]; problems: FieldProblem[] } {
  if (!Array.isArray(body)) return { problems: [{ field: 'body', problem: 'must be a JSON array of alerts' }] };
  if (body.length > maxAlerts) return { problems: [{ field: 'body', problem: `holds ${body.length} alerts, above the limit of ${maxAlerts}` }] };
  const p = new Problems();
  body.forEach((alert: unknown, i) => {
    const at = `[${i}]`;
    if (!isObject(alert)) return p.add(at, 'must be an object with labels');
    p.unknownKeys(alert, ['labels', 'annotations', 'startsAt', 'endsAt', 'generatorURL'], `${at}.`);
    const labels = p.labelMap(`${at}.labels`, alert.labels, LABEL_LIMITS);
    if (labels && (typeof labels.alertname !== 'string' || labels.alertname === '')) p.add(`${at}.labels.alertname`, 'is required');
    if (alert.annotations !== undefined) {
      if (!isObject(alert.annotations) || Object.values(alert.annotations).some((v) => typeof v !== 'string' || v.length > 4_096)) {
        p.add(`${at}.annotations`, 'must be an object of strings of at most 4096 characters');
      }
    }
    // Prometheus sends the zero time for "unset".
    for (const field of ['startsAt', 'endsAt'] as const) {
      if (alert[field] !== undefined && !String(alert[field]).startsWith('0001-')) p.time(`${at}.${field}`, alert[field]);
    }
    if (alert.generatorURL !== undefined && (typeof alert.generatorURL !== 'string' || alert.generatorURL.length > 2_048)) {
      p.add(`${at}.generatorURL`, 'must be a string of at most 2048 characters');
    }
  });
  return p.isEmpty ? { alerts: body as PrometheusAlert[], problems: [] } : { problems: p.list };
}

/** A posted time, or undefined when absent or Go's zero time. */
export function postedTime(value: string | undefined): Date | undefined {
  if (value === undefined || value.startsWith('0001-')) return undefined;
  return new Date(value);
}
