import { Registry, type MetricObjectWithValues, type MetricValueWithName } from 'prom-client';

export type ScrapeFormat = 'prometheus' | 'openmetrics';

export interface ScrapePage {
  contentType: string;
  body: string;
}

/** The `q` of the best range in `accept` matching `type`, or a wildcard when `isWildcardOk`. */
function qualityFor(accept: string, type: string, isWildcardOk: boolean): number {
  const [major] = type.split('/');
  let best = 0;
  for (const range of accept.split(',')) {
    const [media = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const isWildcard = media === `${major}/*` || media === '*/*';
    if (media !== type && !(isWildcardOk && isWildcard)) continue;
    const q = params.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality)) best = Math.max(best, quality);
  }
  return best;
}

/**
 * OpenMetrics only when the client names it and wants it at least as much as plain
 * text, as Prometheus' own Accept header does; browsers and curl (any type) get plain text.
 */
export function negotiateFormat(accept: string | undefined): ScrapeFormat {
  if (!accept) return 'prometheus';
  const openMetrics = qualityFor(accept, 'application/openmetrics-text', false);
  const text = qualityFor(accept, 'text/plain', true);
  return openMetrics > 0 && openMetrics >= text ? 'openmetrics' : 'prometheus';
}

type MetricJson = MetricObjectWithValues<MetricValueWithName<string>>;

const escapeOm = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function formatLabels(labels: Partial<Record<string, string | number>>): string {
  const pairs = Object.entries(labels)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeOm(String(value))}"`);
  return pairs.length > 0 ? `{${pairs.join(',')}}` : '';
}

/**
 * OpenMetrics text from prom-client's JSON view. prom-client's own OpenMetrics output
 * renames counters on the shared metric objects while it renders (dropping `_total`),
 * which corrupts a concurrent Prometheus render or snapshot; this touches nothing.
 */
export function renderOpenMetrics(metrics: readonly MetricJson[]): string {
  const lines: string[] = [];
  for (const metric of metrics) {
    const type = String(metric.type);
    const family = type === 'counter' ? metric.name.replace(/_total$/, '') : metric.name;
    lines.push(`# HELP ${family} ${escapeOm(metric.help)}`, `# TYPE ${family} ${type}`);
    for (const sample of metric.values) {
      const name = sample.metricName ?? (type === 'counter' ? `${family}_total` : family);
      lines.push(`${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

/** Renders `registry` in the format the Accept header asks for, without changing the registry. */
export async function renderScrape(registry: Registry, accept: string | undefined): Promise<ScrapePage> {
  if (negotiateFormat(accept) === 'openmetrics') {
    const metrics = (await registry.getMetricsAsJSON()) as MetricJson[];
    return { contentType: Registry.OPENMETRICS_CONTENT_TYPE, body: renderOpenMetrics(metrics) };
  }
  return { contentType: Registry.PROMETHEUS_CONTENT_TYPE, body: canonicalNaN(await registry.metrics()) };
}

/**
 * prom-client prints NaN as `Nan` (an empty event-loop histogram has a NaN mean).
 * Prometheus' Go parser happens to accept it; the format specifies `NaN`, and other
 * parsers are strict. Only sample lines are touched: the value is the last field.
 */
export function canonicalNaN(text: string): string {
  return text.replace(/^([^#\n][^\n]*) Nan$/gm, '$1 NaN');
}
