import { parseExposition } from './support/prometheus-text-parser.js';

const VALID = [
  '# HELP http_requests_total Requests \\\\ with a "quote"\\nand a newline.',
  '# TYPE http_requests_total counter',
  'http_requests_total{method="GET",path="a\\"b\\\\c\\nd"} 3',
  'http_requests_total{method="POST",} 1 1700000000000',
  '',
  '# TYPE temperature gauge',
  '# HELP temperature Temp.',
  'temperature -Inf',
  '# HELP lat Latency.',
  '# TYPE lat histogram',
  'lat_bucket{le="0.1"} 1',
  'lat_bucket{le="1"} 2',
  'lat_bucket{le="+Inf"} 2',
  'lat_sum 0.6',
  'lat_count 2',
  '# HELP idle Never touched.',
  '# TYPE idle gauge',
  '',
].join('\n');

/** VALID with one line replaced (1-based), to show each rule rejects its own breakage. */
const withLine = (line: number, text: string) =>
  VALID.split('\n')
    .map((l, i) => (i === line - 1 ? text : l))
    .join('\n');

describe('parseExposition (Prometheus text format)', () => {
  it('reads families, labels with escapes, special floats and declared-but-empty families', () => {
    const families = parseExposition(VALID);
    const requests = families.get('http_requests_total');
    expect(requests?.help).toBe('Requests \\ with a "quote"\nand a newline.');
    expect(requests?.samples[0]?.labels).toEqual({ method: 'GET', path: 'a"b\\c\nd' });
    expect(families.get('temperature')?.samples[0]?.value).toBe(-Infinity);
    expect(families.get('idle')?.samples).toEqual([]);
  });

  it.each([
    ['a sample before any TYPE', 3, 'other_metric 1', /not.*declared before it|does not belong/],
    ['a bad metric name', 3, '1abc 1', /cannot read|bad metric name/],
    ['a bad label name', 3, 'http_requests_total{1a="x"} 1', /bad label name/],
    ['a reserved label name', 3, 'http_requests_total{__x="x"} 1', /bad label name/],
    ['an unknown escape', 3, 'http_requests_total{a="\\t"} 1', /invalid escape/],
    ['an unquoted label value', 3, 'http_requests_total{a=x} 1', /not quoted/],
    ['an unterminated label value', 3, 'http_requests_total{a="x} 1', /not terminated/],
    ['a repeated label', 3, 'http_requests_total{a="x",a="y"} 1', /repeated/],
    ['a value that is not a float', 3, 'http_requests_total{a="x"} one', /not a float/],
    ['a duplicate series', 4, 'http_requests_total{method="GET",path="a\\"b\\\\c\\nd"} 1', /duplicate series/],
    ['an unknown type', 2, '# TYPE http_requests_total countr', /unknown type/],
    ['a second TYPE', 6, '# TYPE http_requests_total gauge', /after its family ended|second TYPE/],
    ['decreasing buckets', 12, 'lat_bucket{le="1"} 0', /decrease/],
    ['a +Inf bucket unlike _count', 15, 'lat_count 3', /\+Inf bucket/],
    ['no +Inf bucket', 13, 'lat_bucket{le="5"} 2', /no \+Inf bucket/],
    ['no _sum', 14, '# lat_sum removed', /no _sum/],
    ['a sample of an ended family', 17, 'temperature 1', /does not belong|without a HELP and TYPE/],
  ])('rejects %s', (_case, line, text, problem) => {
    expect(() => parseExposition(withLine(line, text))).toThrow(problem);
  });

  it('rejects text without a final newline', () => {
    expect(() => parseExposition(VALID.trimEnd())).toThrow(/newline/);
  });
});

describe('parseExposition (OpenMetrics)', () => {
  const OM = ['# HELP jobs Jobs.', '# TYPE jobs counter', 'jobs_total{kind="a"} 1', '# EOF', ''].join('\n');

  it('reads counters as a family without _total and samples with it', () => {
    expect(parseExposition(OM, { openMetrics: true }).get('jobs')?.samples[0]?.name).toBe('jobs_total');
  });

  it('requires the final # EOF and refuses empty lines', () => {
    expect(() => parseExposition(OM.replace('# EOF\n', ''), { openMetrics: true })).toThrow(/EOF/);
    expect(() => parseExposition(OM.replace('# EOF', '\n# EOF'), { openMetrics: true })).toThrow(/empty line/);
  });
});
