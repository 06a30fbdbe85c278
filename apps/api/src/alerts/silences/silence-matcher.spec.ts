import { compileMatchers, matchesAll } from './silence-matcher.js';

describe('matchesAll', () => {
  const labels = { alertname: 'CpuHigh', instance: 'api-1', env: 'prod' };

  it('needs every matcher to hold: equal, not-equal and anchored regex', () => {
    const matchers = compileMatchers([
      { name: 'alertname', value: 'Cpu.*', isRegex: true },
      { name: 'env', value: 'dev', isRegex: false, isEqual: false },
    ]);
    expect(matchesAll(matchers, labels)).toBe(true);
    expect(matchesAll(matchers, { ...labels, env: 'dev' })).toBe(false);
  });

  it('anchors regexes to the whole value, as Alertmanager does', () => {
    expect(matchesAll(compileMatchers([{ name: 'alertname', value: 'Cpu', isRegex: true }]), labels)).toBe(false);
  });

  it('reads a missing label as the empty string', () => {
    expect(matchesAll(compileMatchers([{ name: 'team', value: '', isRegex: false }]), labels)).toBe(true);
    expect(matchesAll(compileMatchers([{ name: 'team', value: 'ops', isRegex: false }]), labels)).toBe(false);
  });
});

describe('regex matchers (RE2, as Alertmanager)', () => {
  const one = (value: string, labelValue: string) => matchesAll(compileMatchers([{ name: 'alertname', value, isRegex: true }]), { alertname: labelValue });

  it('matches a pattern that backtracks exponentially in JavaScript, in linear time', () => {
    // A backtracking engine takes about 2^40 steps on this input before it answers.
    expect(one('(a+)+$', `${'a'.repeat(40)}!`)).toBe(false);
    expect(one('(a+)+$', 'a'.repeat(40))).toBe(true);
  });

  it('anchors an alternation as a whole', () => {
    expect(one('Cpu|Disk', 'CpuHigh')).toBe(false);
    expect(one('Cpu.*|Disk', 'CpuHigh')).toBe(true);
  });

  it("reads RE2's syntax, not JavaScript's: \\pL is a Unicode letter class", () => {
    expect(one('\\pL+', 'Grüße')).toBe(true);
    expect(one('\\pL+', 'api-1')).toBe(false);
  });

  it('lets a stored pattern RE2 refuses match nothing instead of throwing', () => {
    expect(one('(?=Cpu)Cpu.*', 'CpuHigh')).toBe(false);
    expect(one('(?!x)', '')).toBe(false);
  });
});
