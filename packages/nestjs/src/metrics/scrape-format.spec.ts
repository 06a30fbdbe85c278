import { Counter, Histogram, Registry } from 'prom-client';
import { canonicalNaN, negotiateFormat, renderOpenMetrics, renderScrape } from './scrape-format.js';

describe('negotiateFormat', () => {
  it("picks OpenMetrics for Prometheus' Accept header", () => {
    const prometheus =
      'application/openmetrics-text;version=1.0.0;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2';
    expect(negotiateFormat(prometheus)).toBe('openmetrics');
  });

  it('keeps the text format for no header, any type, or text preferred', () => {
    expect(negotiateFormat(undefined)).toBe('prometheus');
    expect(negotiateFormat('*/*')).toBe('prometheus');
    expect(negotiateFormat('text/plain, application/openmetrics-text;q=0.5')).toBe('prometheus');
    expect(negotiateFormat('application/openmetrics-text;q=0')).toBe('prometheus');
  });
});

describe('renderOpenMetrics', () => {
  it('names counter families without _total and their samples with it, and ends with # EOF', async () => {
    const registry = new Registry();
    new Counter({ name: 'jobs_total', help: 'Jobs "done".', registers: [registry] }).inc(2);
    const text = renderOpenMetrics(await registry.getMetricsAsJSON());
    expect(text).toBe('# HELP jobs Jobs \\"done\\".\n# TYPE jobs counter\njobs_total 2\n# EOF\n');
  });
});

describe('renderScrape', () => {
  it('leaves counter names intact for a text scrape after an OpenMetrics one', async () => {
    const registry = new Registry();
    new Counter({ name: 'jobs_total', help: 'Jobs.', registers: [registry] }).inc();
    new Histogram({ name: 'wait_seconds', help: 'Wait.', buckets: [1], registers: [registry] }).observe(0.5);
    const openMetrics = await renderScrape(registry, 'application/openmetrics-text');
    expect(openMetrics.body).toContain('wait_seconds_bucket{le="+Inf"} 1');
    const text = await renderScrape(registry, undefined);
    expect(text.body).toContain('jobs_total 1');
    expect(text.contentType).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
  });
});

describe('canonicalNaN', () => {
  it('rewrites Nan values on sample lines only', () => {
    expect(canonicalNaN('# HELP a Nan\na Nan\nb 1\n')).toBe('# HELP a Nan\na NaN\nb 1\n');
  });
});
