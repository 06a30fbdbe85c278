import { ValidationFailed } from '../../common/errors/app-error.js';
import { planSession } from './session-plan.js';

describe('planSession', () => {
  it('runs a session without a duration until the maximum, at V8 default intervals', () => {
    expect(planSession({ type: 'cpu' }, 300_000)).toEqual({
      type: 'cpu',
      label: null,
      plannedDurationMs: 300_000,
      samplingIntervalUs: 1_000,
      samplingIntervalBytes: null,
    });
    expect(planSession({ type: 'heap-sampling', durationMs: 5_000, label: 'x' }, 300_000)).toEqual({
      type: 'heap-sampling',
      label: 'x',
      plannedDurationMs: 5_000,
      samplingIntervalUs: null,
      samplingIntervalBytes: 32_768,
    });
  });

  it('takes a heap snapshot at once', () => {
    expect(planSession({ type: 'heap-snapshot' }, 300_000).plannedDurationMs).toBe(0);
  });

  it.each([
    [{ type: 'cpu' as const, durationMs: 300_001 }, 'durationMs: must be at most 300000 (PROFILER_MAX_DURATION_MS)'],
    [{ type: 'heap-snapshot' as const, durationMs: 10 }, 'durationMs: does not apply to heap-snapshot'],
    [{ type: 'heap-sampling' as const, samplingIntervalUs: 100 }, 'samplingIntervalUs: applies to cpu sessions only'],
    [{ type: 'cpu' as const, samplingIntervalBytes: 1024 }, 'samplingIntervalBytes: applies to heap-sampling sessions only'],
  ])('rejects %o naming the field', (input, message) => {
    expect(() => planSession(input, 300_000)).toThrow(ValidationFailed);
    expect(() => planSession(input, 300_000)).toThrow(message);
  });
});
