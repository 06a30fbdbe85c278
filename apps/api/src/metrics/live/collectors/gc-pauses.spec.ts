import { constants } from 'node:perf_hooks';
import { gcKindOf, GcPauseTally } from './gc-pauses.js';

describe('gcKindOf', () => {
  it('names the four kinds V8 reports and nothing else', () => {
    expect(gcKindOf(constants.NODE_PERFORMANCE_GC_MINOR)).toBe('minor');
    expect(gcKindOf(constants.NODE_PERFORMANCE_GC_MAJOR)).toBe('major');
    expect(gcKindOf(constants.NODE_PERFORMANCE_GC_INCREMENTAL)).toBe('incremental');
    expect(gcKindOf(constants.NODE_PERFORMANCE_GC_WEAKCB)).toBe('weakcb');
    expect(gcKindOf(1_024)).toBeUndefined();
  });
});

describe('GcPauseTally', () => {
  describe('record', () => {
    it('keeps count, total and longest pause per kind', () => {
      const tally = new GcPauseTally();
      tally.record('minor', 0.5);
      tally.record('minor', 1.25);
      tally.record('major', 12);
      expect(tally.snapshot()).toEqual({
        minor: { count: 2, totalMs: 1.75, maxMs: 1.25 },
        major: { count: 1, totalMs: 12, maxMs: 12 },
        incremental: { count: 0, totalMs: 0, maxMs: 0 },
        weakcb: { count: 0, totalMs: 0, maxMs: 0 },
      });
    });
  });
});
