import { SilenceInput } from './alerts.js';
import { compileLabelRegex, labelRegexProblem } from './label-regex.js';
import { parseWith } from './problems.js';

describe('label regexes', () => {
  it('accepts what RE2 accepts, named groups and Unicode classes included', () => {
    for (const pattern of ['(a+)+$', 'api-[0-9]+', '(?P<host>[a-z]+)', '(?i)cpu', '\\pL+', 'a{1000}']) {
      expect({ pattern, problem: labelRegexProblem(pattern) }).toEqual({ pattern, problem: undefined });
    }
  });

  it("refuses what RE2 refuses, with RE2's reason", () => {
    expect(labelRegexProblem('(a)\\1')).toBe('invalid escape sequence: `\\1`');
    expect(labelRegexProblem('(?=a)')).toBe('invalid or unsupported Perl syntax: `(?=`');
    expect(labelRegexProblem('a{1001}')).toBe('invalid repeat count: `{1001}`');
    expect(labelRegexProblem('a++')).toBe('invalid nested repetition operator: `++`');
    expect(labelRegexProblem('(a')).toBe('missing closing ): `(a`');
  });

  it('refuses a pattern that is only valid once wrapped in the anchoring group', () => {
    expect(labelRegexProblem('a)|(b')).toBeDefined();
  });

  it('matches the whole value', () => {
    expect(compileLabelRegex('api-[0-9]+').matches('api-12')).toBe(true);
    expect(compileLabelRegex('api-[0-9]+').matches('xapi-12')).toBe(false);
  });

  it('names the matcher at fault in a silence', () => {
    const result = parseWith(SilenceInput, {
      matchers: [
        { name: 'alertname', value: 'Cpu.*', isRegex: true },
        { name: 'instance', value: '(?!api-1).*', isRegex: true },
      ],
      endsAt: '2030-01-01T00:00:00Z',
      createdBy: 'ops',
      comment: 'maintenance',
    });
    expect(result).toEqual({ ok: false, problems: [{ field: 'matchers[1].value', problem: 'is not an RE2 regular expression: invalid or unsupported Perl syntax: `(?!`' }] });
  });
});
