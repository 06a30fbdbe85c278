import type { ComponentStatus, HealthCheckRecord } from '@vigil/types';
import { statusSegments } from './status-segments';

const check = (at: number, status: ComponentStatus): HealthCheckRecord => ({
  instance: 'a',
  component: 'database',
  status,
  isCritical: true,
  responseTimeMs: 1,
  message: null,
  checkedAt: new Date(at).toISOString(),
});

describe('statusSegments', () => {
  it('joins equal statuses into runs that last until the next change, oldest first', () => {
    // Newest first, as the history API answers.
    const records = [check(4_000, 'up'), check(3_000, 'down'), check(2_000, 'down'), check(1_000, 'up')];
    expect(statusSegments(records, 5_000)).toEqual([
      { status: 'up', from: 1_000, to: 2_000, checks: 1 },
      { status: 'down', from: 2_000, to: 4_000, checks: 2 },
      { status: 'up', from: 4_000, to: 5_000, checks: 1 },
    ]);
  });

  it('returns nothing without checks', () => {
    expect(statusSegments([], 5_000)).toEqual([]);
  });
});
