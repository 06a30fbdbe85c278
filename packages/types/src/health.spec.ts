import { HealthHttpTargets } from './health.js';
import { parseWith } from './problems.js';

function validateHttpTargets(value: unknown, prefix: string) {
  const parsed = parseWith(HealthHttpTargets, value, prefix);
  return parsed.ok ? [] : parsed.problems;
}

describe('HealthHttpTargets', () => {
  it('accepts a minimal and a complete target', () => {
    expect(
      validateHttpTargets(
        [
          { name: 'payments', url: 'https://payments.internal/healthz' },
          { name: 'search-1', url: 'http://10.0.0.7:9200/', expectedStatus: { min: 200, max: 399 }, timeoutMs: 500, critical: true },
        ],
        'value',
      ),
    ).toEqual([]);
  });

  it.each([
    ['not an array', { name: 'x' }, 'value', 'must be a JSON array of targets'],
    ['a bad name', [{ name: 'Payments API', url: 'http://a' }], 'value[0].name', 'must match'],
    ['a non-http URL', [{ name: 'a', url: 'ftp://a' }], 'value[0].url', 'http:// or https://'],
    ['an inverted range', [{ name: 'a', url: 'http://a', expectedStatus: { min: 300, max: 200 } }], 'value[0].expectedStatus', 'min must not be above max'],
    ['a status out of range', [{ name: 'a', url: 'http://a', expectedStatus: { min: 0, max: 200 } }], 'value[0].expectedStatus.min', 'integer status from 100 to 599'],
    ['a timeout too long', [{ name: 'a', url: 'http://a', timeoutMs: 60_000 }], 'value[0].timeoutMs', 'from 1 to 30000'],
    ['a string for critical', [{ name: 'a', url: 'http://a', critical: 'yes' }], 'value[0].critical', 'true or false'],
    ['an unknown property', [{ name: 'a', url: 'http://a', method: 'POST' }], 'value[0].method', 'is not a known field'],
    ['a name used twice', [{ name: 'a', url: 'http://a' }, { name: 'a', url: 'http://b' }], 'value[1].name', 'used twice'],
  ])('rejects %s naming the field', (_case, value, field, problem) => {
    const problems = validateHttpTargets(value, 'value');
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.problem).toContain(problem);
  });

  it('caps the number of targets', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `t${i}`, url: 'http://a' }));
    expect(validateHttpTargets(many, 'value')).toEqual([{ field: 'value', problem: 'must hold at most 20 targets' }]);
  });
});
