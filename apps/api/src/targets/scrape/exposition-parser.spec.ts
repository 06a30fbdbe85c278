import { ExpositionError, parseExposition } from './exposition-parser.js';

const refusal = (text: string) => {
  try {
    parseExposition(text);
  } catch (error) {
    if (error instanceof ExpositionError) return error.message;
    throw error;
  }
  return undefined;
};

describe('parseExposition', () => {
  it('keeps the label sets of a histogram apart, with their le samples, sum and count', () => {
    const [family] = parseExposition(
      [
        '# HELP h Request duration.',
        '# TYPE h histogram',
        'h_bucket{route="/a",le="0.1"} 1',
        'h_bucket{route="/a",le="+Inf"} 3',
        'h_sum{route="/a"} 2.5',
        'h_count{route="/a"} 3',
        'h_bucket{route="/b",le="0.1"} 0',
        'h_bucket{route="/b",le="+Inf"} 1',
        'h_sum{route="/b"} 4',
        'h_count{route="/b"} 1',
        '',
      ].join('\n'),
    );
    expect(family).toEqual({
      name: 'h',
      help: 'Request duration.',
      type: 'histogram',
      samples: [
        { name: 'h_bucket', labels: { route: '/a', le: '0.1' }, value: 1, timestampMs: null },
        { name: 'h_bucket', labels: { route: '/a', le: '+Inf' }, value: 3, timestampMs: null },
        { name: 'h_sum', labels: { route: '/a' }, value: 2.5, timestampMs: null },
        { name: 'h_count', labels: { route: '/a' }, value: 3, timestampMs: null },
        { name: 'h_bucket', labels: { route: '/b', le: '0.1' }, value: 0, timestampMs: null },
        { name: 'h_bucket', labels: { route: '/b', le: '+Inf' }, value: 1, timestampMs: null },
        { name: 'h_sum', labels: { route: '/b' }, value: 4, timestampMs: null },
        { name: 'h_count', labels: { route: '/b' }, value: 1, timestampMs: null },
      ].map((s) => ({ ...s, labels: expect.objectContaining(s.labels) })),
    });
  });

  it('decodes escapes in label values and help, and reads special values and timestamps', () => {
    const families = parseExposition(
      '# HELP m A \\\\ help\\nline.\n# TYPE m gauge\nm{path="C:\\\\DIR",msg="say \\"hi\\"\\n"} +Inf 1700000000000\nm{path="x"} NaN\nm{path="y"} -1.5e3\n',
    );
    expect(families).toHaveLength(1);
    expect(families[0]?.help).toBe('A \\ help\nline.');
    const [a, b, c] = families[0]?.samples ?? [];
    expect({ ...a?.labels }).toEqual({ path: 'C:\\DIR', msg: 'say "hi"\n' });
    expect([a?.value, a?.timestampMs]).toEqual([Infinity, 1_700_000_000_000]);
    expect(b?.value).toBeNaN();
    expect(c?.value).toBe(-1500);
  });

  it('makes samples without a TYPE untyped families of their own name, in input order', () => {
    expect(parseExposition('b 2\na 1\n# a comment\n\n').map((f) => [f.name, f.type, f.samples.length])).toEqual([
      ['b', 'untyped', 1],
      ['a', 'untyped', 1],
    ]);
  });

  it.each([
    ['a second TYPE', '# TYPE a gauge\n# TYPE a gauge\na 1\n', 'line 2: second TYPE line for metric "a", or TYPE after its samples'],
    ['a TYPE after the samples', 'a 1\n# TYPE a gauge\n', 'line 2: second TYPE line for metric "a", or TYPE after its samples'],
    ['an unterminated label value', 'ok 1\nbroken{label="x 2\n', 'line 2: the value of label "label" is not terminated on its line'],
    ['a bad value', 'a one\n', 'line 1: expected a float as value, got "one"'],
    ['a bad escape', 'a{l="\\t"} 1\n', 'line 1: invalid escape sequence "\\\\t"'],
    ['an unknown type', '# TYPE a meter\na 1\n', 'line 1: unknown metric type "meter"'],
    ['a duplicate label', 'a{x="1",x="2"} 1\n', 'line 1: duplicate label name "x" for metric "a"'],
    ['a missing final newline', 'a 1', 'line 1: unexpected end of input: the last line has no newline'],
    ['a non-float le', '# TYPE h histogram\nh_bucket{le="big"} 1\n', 'line 2: expected a float as the value of label "le", got "big"'],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(refusal(text)).toBe(message);
  });
});
