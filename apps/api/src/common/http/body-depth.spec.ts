import { exceedsJsonDepth } from './body-depth.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number, kind: 'object' | 'array') =>
  kind === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('exceedsJsonDepth', () => {
  it('counts each array and object level, and lets a body at the limit through', () => {
    for (const kind of ['object', 'array'] as const) {
      expect({ kind, atLimit: exceedsJsonDepth(bytes(nested(32, kind)), 32), past: exceedsJsonDepth(bytes(nested(33, kind)), 32) }).toEqual({ kind, atLimit: false, past: true });
    }
    expect(exceedsJsonDepth(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    // Depth, not count: siblings do not add up.
    expect(exceedsJsonDepth(bytes(`[${'[1],'.repeat(10_000)}[1]]`), 2)).toBe(false);
    expect(exceedsJsonDepth(bytes('1'), 1)).toBe(false);
    expect(exceedsJsonDepth(bytes(''), 1)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(bytes('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":"\\"[[[[\\\\","b":"{{"}'), 1)).toBe(false);
    expect(exceedsJsonDepth(bytes('["\\\\",[1]]'), 1)).toBe(true);
    expect(exceedsJsonDepth(bytes('{"é[":"日本{"}'), 1)).toBe(false);
  });

  it('judges 100,000 levels in one pass, without recursion', () => {
    expect(exceedsJsonDepth(bytes(nested(100_000, 'array')), 32)).toBe(true);
    expect(exceedsJsonDepth(bytes(nested(100_000, 'object')), 100_000)).toBe(false);
  });
});
