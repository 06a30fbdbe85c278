import { formatAgo } from './relative-time';

const NOW = Date.parse('2026-01-01T12:00:00.000Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();

describe('formatAgo', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect([1_000, 12_000, 185_000, 7_300_000, 3 * 86_400_000].map((ms) => formatAgo(before(ms), NOW))).toEqual([
      'just now',
      '12 s ago',
      '3 min ago',
      '2 h ago',
      '3 d ago',
    ]);
  });

  it('reads a time slightly ahead of this clock as now, and a missing one as a dash', () => {
    expect(formatAgo(before(-5_000), NOW)).toBe('just now');
    expect(formatAgo(null, NOW)).toBe('—');
    expect(formatAgo('yesterday', NOW)).toBe('—');
  });
});
