import { spawnSync } from 'node:child_process';
import { Counter, Gauge, Histogram, Registry, Summary, collectDefaultMetrics } from 'prom-client';
import { ExpositionError, parseExposition } from './exposition-parser.js';
import { describeWithTool } from '../../../test/support/reference-tool.js';

/**
 * The parser against the reference: `promtool check metrics` (Debian's `prometheus`
 * package) reads each input from stdin. It exits 1 and says "text format parsing error"
 * when it cannot parse the text, and exits 3 for lint findings on text it parsed (no
 * HELP, a counter without `_total`): only the first is a refusal.
 */
function promtoolRefuses(text: string): boolean {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 10_000 });
  if (run.error) throw new Error(`promtool could not run (${run.error.message}): install Debian's "prometheus" package, as .ci/run does`);
  const output = `${run.stdout}${run.stderr}`;
  if (run.status === 1 && output.includes('text format parsing error')) return true;
  if (run.status === 0 || run.status === 3) return false;
  throw new Error(`promtool exited ${run.status}: ${output}`);
}

function weRefuse(text: string): boolean {
  try {
    parseExposition(text);
    return false;
  } catch (error) {
    if (error instanceof ExpositionError) return true;
    throw error;
  }
}

async function promClientExposition(): Promise<string> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const h = new Histogram({ name: 'http_server_request_duration_seconds', help: 'd', labelNames: ['http_route', 'http_response_status_code'], registers: [registry] });
  h.observe({ http_route: '/orders/:id', http_response_status_code: '200' }, 0.2);
  h.observe({ http_route: '/checkout', http_response_status_code: '500' }, 3);
  new Counter({ name: 'jobs_total', help: 'Jobs "done"\nby queue \\ kind', labelNames: ['queue'], registers: [registry] }).inc({ queue: 'a"b\\c\nd' });
  new Gauge({ name: 'queue_depth', help: 'q', registers: [registry] }).set(-0.5);
  new Summary({ name: 'rpc_seconds', help: 'rpc', registers: [registry] }).observe(1);
  return registry.metrics();
}

const CORPUS: [string, string][] = [
  ['a plain sample', 'a 1\n'],
  ['a sample with labels and a timestamp', 'a{x="1",y="2"} 3 1700000000000\n'],
  ['a trailing comma in labels', 'a{x="1",} 1\n'],
  ['blanks around labels', 'a { x = "1" } 1\n'],
  ['special values', 'a +Inf\nb -Inf\nc NaN\n'],
  ['a signed NaN', 'a -NaN\n'],
  ['exponents', 'a 1e3\nb 1.5E-3\nc .5\nd 5.\n'],
  ['a hex value', 'a 0x10\n'],
  ['an underscore in a value', 'a 1_000\n'],
  ['a float timestamp', 'a 1 1.5\n'],
  ['a negative timestamp', 'a 1 -5\n'],
  ['a timestamp past int64', 'a 1 9223372036854775808\n'],
  ['trailing blanks after a value', 'a 1 \n'],
  ['comments and blank lines', '# just a comment\n\n   \na 1\n'],
  ['HELP and TYPE', '# HELP a Some help.\n# TYPE a gauge\na 1\n'],
  ['a help escape', '# HELP a x\\\\y\\nz\na 1\n'],
  ['a bad help escape', '# HELP a x\\ty\na 1\n'],
  ['a second HELP', '# HELP a x\n# HELP a y\na 1\n'],
  ['a second TYPE', '# TYPE a gauge\n# TYPE a counter\na 1\n'],
  ['a TYPE after samples', 'a 1\n# TYPE a gauge\n'],
  ['an unknown TYPE', '# TYPE a meter\na 1\n'],
  ['an upper-case TYPE', '# TYPE a COUNTER\na 1\n'],
  ['a TYPE with a trailing blank', '# TYPE a counter \na 1\n'],
  ['a labelled histogram', '# TYPE h histogram\nh_bucket{r="a",le="1"} 1\nh_bucket{r="a",le="+Inf"} 2\nh_sum{r="a"} 3\nh_count{r="a"} 2\nh_bucket{r="b",le="+Inf"} 0\nh_sum{r="b"} 0\nh_count{r="b"} 0\n'],
  ['a histogram with a non-float le', '# TYPE h histogram\nh_bucket{le="x"} 1\n'],
  ['a summary', '# TYPE s summary\ns{quantile="0.5"} 1\ns_sum 2\ns_count 3\n'],
  ['a summary with a non-float quantile', '# TYPE s summary\ns{quantile="median"} 1\n'],
  ['a bad metric name', '1a 1\n'],
  ['a name with a colon', 'a:b:c 1\n'],
  ['a bad label name', 'a{1x="1"} 1\n'],
  ['the __name__ label', 'a{__name__="b"} 1\n'],
  ['a duplicate label', 'a{x="1",x="2"} 1\n'],
  ['an unquoted label value', 'a{x=1} 1\n'],
  ['an unterminated label value', 'a{x="1} 1\n'],
  ['a bad label escape', 'a{x="\\t"} 1\n'],
  ['escaped quotes in a label value', 'a{x="say \\"hi\\""} 1\n'],
  ['a missing value', 'a\n'],
  ['a missing value after labels', 'a{x="1"}\n'],
  ['a word as value', 'a one\n'],
  ['no final newline', 'a 1'],
  ['blanks after the last newline', 'a 1\n  '],
  ['a tab separator', 'a\t1\n'],
  ['three fields', 'a 1 2 3\n'],
  ['an empty body', ''],
  ['a duplicate series', 'a 1\na 2\n'],
];

describeWithTool('promtool', 'prometheus')('parseExposition agrees with promtool', () => {
  it.each(CORPUS)('on %s', (_name, text) => {
    expect({ refused: weRefuse(text) }).toEqual({ refused: promtoolRefuses(text) });
  });

  it("on prom-client's own output: default metrics, a labelled histogram, escapes, a summary", async () => {
    const text = await promClientExposition();
    expect(promtoolRefuses(text)).toBe(false);
    const families = parseExposition(text);
    const histogram = families.find((f) => f.name === 'http_server_request_duration_seconds');
    expect(histogram?.type).toBe('histogram');
    expect(new Set(histogram?.samples.map((s) => s.labels.http_route))).toEqual(new Set(['/orders/:id', '/checkout']));
    expect(families.find((f) => f.name === 'jobs_total')?.samples[0]?.labels.queue).toBe('a"b\\c\nd');
    expect(families.length).toBeGreaterThan(20);
  });
});
