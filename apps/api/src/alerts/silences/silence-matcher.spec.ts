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
