import { Registry, type MetricObjectWithValues, type MetricValueWithName } from 'prom-client';

export type ScrapeFormat = 'prometheus' | 'openmetrics';

export interface ScrapePage {
  contentType: string;
  body: string;
}

// The best q in `accept` for `type`, wildcards (any type, or any subtype of its major type) included when `isWildcardOk`.
function qualityFor(accept: string, type: string, isWildcardOk: boolean): number {
  const [major] = type.split('/');
  let best = 0;
  for (const range of accept.split(',')) {
    const [media = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const isWildcard = media === '*/*' || media === `${major}/*`;
    if (media !== type && !(isWildcardOk && isWildcard)) continue;
    const q = params.find((param) => param.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality)) best = Math.max(best, quality);
  }
  return best;
}

/**
 * OpenMetrics only when the client names it and wants it at least as much as plain text,
 * as Prometheus' own Accept header does; browsers and curl get the text format.
 */
export function negotiateFormat(accept: string | undefined): ScrapeFormat {
  if (!accept) return 'prometheus';
  const openMetrics = qualityFor(accept, 'application/openmetrics-text', false);
  return openMetrics > 0 && openMetrics >= qualityFor(accept, 'text/plain', true) ? 'openmetrics' : 'prometheus';
}

type MetricJson = MetricObjectWithValues<MetricValueWithName<string>>;

// OpenMetrics escapes the double quote in HELP too, where the text format does not.
const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function formatLabels(labels: Partial<Record<string, string | number>>): string {
  const pairs = Object.entries(labels)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escape(value === Infinity ? '+Inf' : String(value))}"`);
  return pairs.length > 0 ? `{${pairs.join(',')}}` : '';
}

/**
 * OpenMetrics from prom-client's JSON view. prom-client's own OpenMetrics output renames
 * counters on the metric objects while it renders (dropping `_total` for good), which
 * would break every later text-format scrape; this reads and changes nothing.
 */
export function renderOpenMetrics(metrics: readonly MetricJson[]): string {
  const lines: string[] = [];
  for (const metric of metrics) {
    const type = String(metric.type);
    const family = type === 'counter' ? metric.name.replace(/_total$/, '') : metric.name;
    lines.push(`# HELP ${family} ${escape(metric.help)}`, `# TYPE ${family} ${type}`);
    for (const sample of metric.values) {
      const name = sample.metricName ?? (type === 'counter' ? `${family}_total` : family);
      lines.push(`${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

/**
 * prom-client prints NaN as `Nan` (an empty event-loop histogram has a NaN mean); the
 * format says `NaN` and strict parsers hold to it. Only sample lines end in a value.
 */
export function canonicalNaN(text: string): string {
  return text.replace(/^([^#\n][^\n]*) Nan$/gm, '$1 NaN');
}

/** Renders `registry` in the format the Accept header asks for, leaving the registry as it was. */
export async function renderScrape(registry: Registry, accept: string | undefined): Promise<ScrapePage> {
  if (negotiateFormat(accept) === 'openmetrics') {
    const metrics = (await registry.getMetricsAsJSON()) as MetricJson[];
    return { contentType: Registry.OPENMETRICS_CONTENT_TYPE, body: renderOpenMetrics(metrics) };
  }
  return { contentType: Registry.PROMETHEUS_CONTENT_TYPE, body: canonicalNaN(await registry.metrics()) };
}
