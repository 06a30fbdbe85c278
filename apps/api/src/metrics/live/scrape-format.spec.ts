import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { canonicalNaN, negotiateFormat, renderOpenMetrics, renderScrape } from './scrape-format.js';

const PROMETHEUS_ACCEPT =
  'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,' +
  'text/plain;version=0.0.4;q=0.5,*/*;q=0.1';

describe('negotiateFormat', () => {
  it('answers Prometheus (which prefers OpenMetrics) with OpenMetrics', () => {
    expect(negotiateFormat(PROMETHEUS_ACCEPT)).toBe('openmetrics');
    expect(negotiateFormat('application/openmetrics-text')).toBe('openmetrics');
  });

  it('answers plain text to everyone else', () => {
    expect(negotiateFormat(undefined)).toBe('prometheus');
    expect(negotiateFormat('*/*')).toBe('prometheus');
    expect(negotiateFormat('text/html,application/xhtml+xml,*/*;q=0.8')).toBe('prometheus');
    expect(negotiateFormat('text/plain, application/openmetrics-text;q=0.5')).toBe('prometheus');
    expect(negotiateFormat('application/openmetrics-text;q=0')).toBe('prometheus');
  });
});

function sampleRegistry(): Registry {
  const registry = new Registry();
  const help = 'Jobs "done"\nby kind \\ path';
  const counter = new Counter({ name: 'jobs_total', help, labelNames: ['kind'], registers: [registry] });
  counter.inc({ kind: 'a"b\\c\nd' }, 3);
  const gauge = new Gauge({ name: 'temperature', help: 'Temp.', registers: [registry] });
  gauge.set(Infinity);
  const histogram = new Histogram({ name: 'latency_seconds', help: 'Latency.', buckets: [0.1, 1], registers: [registry] });
  histogram.observe(0.5);
  return registry;
}

describe('renderOpenMetrics', () => {
  it('names counter families without _total, escapes text, and ends with # EOF', async () => {
    const body = renderOpenMetrics(await sampleRegistry().getMetricsAsJSON());
    expect(body).toBe(
      [
        '# HELP jobs Jobs \\"done\\"\\nby kind \\\\ path',
        '# TYPE jobs counter',
        'jobs_total{kind="a\\"b\\\\c\\nd"} 3',
        '# HELP temperature Temp.',
        '# TYPE temperature gauge',
        'temperature +Inf',
        '# HELP latency_seconds Latency.',
        '# TYPE latency_seconds histogram',
        'latency_seconds_bucket{le="0.1"} 0',
        'latency_seconds_bucket{le="1"} 1',
        'latency_seconds_bucket{le="+Inf"} 1',
        'latency_seconds_sum 0.5',
        'latency_seconds_count 1',
        '# EOF',
        '',
      ].join('\n'),
    );
  });
});

describe('renderScrape', () => {
  it('serves both formats from one registry, concurrently, without one changing the other', async () => {
    const registry = sampleRegistry();
    const before = await registry.metrics();
    const pages = await Promise.all([
      renderScrape(registry, PROMETHEUS_ACCEPT),
      renderScrape(registry, 'text/plain'),
      renderScrape(registry, PROMETHEUS_ACCEPT),
      renderScrape(registry, undefined),
    ]);
    expect(pages.map((p) => p.contentType)).toEqual([
      'application/openmetrics-text; version=1.0.0; charset=utf-8',
      'text/plain; version=0.0.4; charset=utf-8',
      'application/openmetrics-text; version=1.0.0; charset=utf-8',
      'text/plain; version=0.0.4; charset=utf-8',
    ]);
    expect(pages[1]?.body).toBe(before);
    expect(pages[3]?.body).toBe(before);
    expect(before).toContain('jobs_total{kind="a\\"b\\\\c\\nd"} 3');
    expect(await registry.metrics()).toBe(before);
    expect(registry.contentType).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
  });
});

describe('canonicalNaN', () => {
  it('spells NaN values as the format specifies, leaving comments alone', () => {
    const text = '# HELP lag Mean Nan\n# TYPE lag gauge\nlag Nan\nlag_max{path="a Nan"} 1\nother NaN\n';
    expect(canonicalNaN(text)).toBe('# HELP lag Mean Nan\n# TYPE lag gauge\nlag NaN\nlag_max{path="a Nan"} 1\nother NaN\n');
  });

  it('applies to what renderScrape serves as text', async () => {
    const registry = new Registry();
    new Gauge({ name: 'ratio', help: 'Ratio.', registers: [registry] }).set(NaN);
    expect((await renderScrape(registry, undefined)).body).toContain('\nratio NaN\n');
  });
});
